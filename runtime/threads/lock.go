package threads

import (
	"fmt"
	"sync"
	"time"
)

// Locker is what a Condition needs from its lock: *Lock and *RLock are
// Lockers.
//
//	c := threads.NewCondition(threads.NewLock())
type Locker interface {
	Acquire()
	Release()
}

// Lock is a mutual-exclusion lock, like Python's threading.Lock. Any
// thread may release it; releasing an unlocked Lock panics. The zero
// value is an unlocked Lock.
//
//	var lock = threads.NewLock()
//	lock.Acquire()
//	counter++ // one thread at a time
//	lock.Release()
type Lock struct {
	s sem
}

// NewLock returns an unlocked Lock.
//
//	lock := threads.NewLock()
func NewLock() *Lock { return &Lock{} }

// Acquire blocks until the lock is free and takes it. If the cell is
// interrupted while it waits, it panics with ErrInterrupted.
//
//	lock.Acquire()
//	defer lock.Release()
func (l *Lock) Acquire() { l.s.acquire(1, 1, forever) }

// TryAcquire takes the lock if it is free and reports whether it did;
// it never blocks.
//
//	if lock.TryAcquire() { work(); lock.Release() }
func (l *Lock) TryAcquire() bool { return l.s.acquire(1, 1, 0) }

// AcquireTimeout waits at most d for the lock and reports whether it
// took it.
//
//	if !lock.AcquireTimeout(time.Second) { fmt.Println("busy") }
func (l *Lock) AcquireTimeout(d time.Duration) bool {
	return l.s.acquire(1, 1, timeout(d))
}

// Release frees the lock. Releasing an unlocked Lock panics, like
// Python's RuntimeError: it is always a bug.
//
//	lock.Release()
func (l *Lock) Release() {
	if !l.s.release(1, 1) {
		panic("threads: Release of an unlocked Lock")
	}
}

// Locked reports whether the lock is held now.
//
//	fmt.Println(lock.Locked())
func (l *Lock) Locked() bool { return l.s.free(1, 1) == 0 }

// RLock is a re-entrant lock, like Python's threading.RLock: the thread
// (goroutine) that holds it may acquire it again, and must release it as
// many times. Only the holder may release it. The zero value is unlocked.
//
//	r := threads.NewRLock()
//	r.Acquire()
//	r.Acquire() // same thread: does not block
//	r.Release()
//	r.Release()
type RLock struct {
	mu    sync.Mutex
	owner int64 // goroutine id of the holder
	count int
	s     sem
}

// NewRLock returns an unlocked RLock.
//
//	r := threads.NewRLock()
func NewRLock() *RLock { return &RLock{} }

// Acquire takes the lock, blocking while another thread holds it; the
// holder itself gets it again at once.
//
//	r.Acquire()
//	defer r.Release()
func (r *RLock) Acquire() { r.acquire(forever) }

// TryAcquire takes the lock if it is free or already held by the caller,
// and reports whether it did; it never blocks.
//
//	ok := r.TryAcquire()
func (r *RLock) TryAcquire() bool { return r.acquire(0) }

// AcquireTimeout waits at most d for the lock and reports whether it
// took it.
//
//	ok := r.AcquireTimeout(100 * time.Millisecond)
func (r *RLock) AcquireTimeout(d time.Duration) bool { return r.acquire(timeout(d)) }

func (r *RLock) acquire(wait time.Duration) bool {
	g := goid()
	r.mu.Lock()
	if r.count > 0 && r.owner == g {
		r.count++
		r.mu.Unlock()
		return true
	}
	r.mu.Unlock()
	if !r.s.acquire(1, 1, wait) {
		return false
	}
	r.mu.Lock()
	r.owner, r.count = g, 1
	r.mu.Unlock()
	return true
}

// Release undoes one Acquire by the holder; the lock is free when every
// Acquire is undone. Releasing an RLock the caller does not hold panics.
//
//	r.Release()
func (r *RLock) Release() {
	g := goid()
	r.mu.Lock()
	if r.count == 0 || r.owner != g {
		r.mu.Unlock()
		panic(fmt.Sprintf("threads: Release of an RLock not held by this thread (goroutine %d)", g))
	}
	r.count--
	free := r.count == 0
	if free {
		r.owner = 0
	}
	r.mu.Unlock()
	if free {
		r.s.release(1, 1)
	}
}

// Locked reports whether some thread holds the lock now.
//
//	fmt.Println(r.Locked())
func (r *RLock) Locked() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.count > 0
}

// held reports whether the calling goroutine holds r.
func (r *RLock) held() bool {
	g := goid()
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.count > 0 && r.owner == g
}

// releaseAll frees r completely for Condition.Wait and returns the depth
// to restore.
func (r *RLock) releaseAll() int {
	r.mu.Lock()
	n := r.count
	r.count, r.owner = 0, 0
	r.mu.Unlock()
	r.s.release(1, 1)
	return n
}

// restore re-acquires r with the depth releaseAll returned.
func (r *RLock) restore(n int) {
	r.s.acquire(1, 1, forever)
	g := goid()
	r.mu.Lock()
	r.owner, r.count = g, n
	r.mu.Unlock()
}
