package shared

import (
	"bytes"
	"fmt"
	"runtime"
	"strconv"
	"syscall"
	"time"
)

// acquire takes the segment's lock for the calling goroutine: first the
// in-process gate (goroutines of one process share the file lock, so they
// must exclude each other here), then flock(2) on the segment file, which
// excludes other processes and is dropped by the kernel if we die.
// wait < 0 waits for ever (until the cell is interrupted: ErrInterrupted),
// 0 not at all.
func (s *segment) acquire(wait time.Duration) bool {
	deadline := time.Now().Add(wait)
	if !s.takeGate(wait) {
		return false
	}
	fd := int(s.file.Fd())
	err := retryEINTR(func() error { return syscall.Flock(fd, syscall.LOCK_EX|syscall.LOCK_NB) })
	switch {
	case err == nil:
	case err != syscall.EWOULDBLOCK:
		<-s.gate
		panic(fmt.Sprintf("shared: cannot lock segment %s: %v", s.name, err))
	case wait < 0:
		s.flockBlocking()
	default:
		var b backoff
		for {
			if wait == 0 || time.Now().After(deadline) {
				<-s.gate
				return false
			}
			b.sleep() // another process holds it: poll until the deadline
			err := retryEINTR(func() error { return syscall.Flock(fd, syscall.LOCK_EX|syscall.LOCK_NB) })
			if err == nil {
				break
			}
			if err != syscall.EWOULDBLOCK {
				<-s.gate
				panic(fmt.Sprintf("shared: cannot lock segment %s: %v", s.name, err))
			}
		}
	}
	s.mu.Lock()
	s.held = true
	s.mu.Unlock()
	return true
}

// takeGate takes the in-process token, waiting as acquire does.
func (s *segment) takeGate(wait time.Duration) bool {
	select {
	case s.gate <- struct{}{}:
		return true
	default:
	}
	if wait == 0 {
		return false
	}
	var expired <-chan time.Time
	var stop <-chan struct{}
	if wait < 0 {
		var untrack func()
		stop, untrack = interruptible()
		defer untrack()
	} else {
		t := time.NewTimer(wait)
		defer t.Stop()
		expired = t.C
	}
	select {
	case s.gate <- struct{}{}:
		return true
	case <-expired:
		return false
	case <-stop:
		panic(ErrInterrupted)
	}
}

// flockBlocking waits for the file lock (holding the gate). A blocking
// flock cannot be cancelled, so it runs on a helper goroutine: if the
// cell is interrupted, the helper takes the lock when it comes free and
// gives it straight back, so an abandoned wait never keeps it.
func (s *segment) flockBlocking() {
	fd := int(s.file.Fd())
	stop, untrack := interruptible()
	defer untrack()
	res := make(chan error, 1)
	go func() { res <- retryEINTR(func() error { return syscall.Flock(fd, syscall.LOCK_EX) }) }()
	select {
	case err := <-res:
		if err != nil {
			<-s.gate
			panic(fmt.Sprintf("shared: cannot lock segment %s: %v", s.name, err))
		}
	case <-stop:
		go func() {
			if <-res == nil {
				retryEINTR(func() error { return syscall.Flock(fd, syscall.LOCK_UN) })
			}
			<-s.gate
		}()
		panic(ErrInterrupted)
	}
}

// release frees the lock; false if this process does not hold it.
func (s *segment) release() bool {
	s.mu.Lock()
	if !s.held {
		s.mu.Unlock()
		return false
	}
	s.held = false
	s.mu.Unlock()
	retryEINTR(func() error { return syscall.Flock(int(s.file.Fd()), syscall.LOCK_UN) })
	<-s.gate
	return true
}

// locked reports whether anyone, in this process or another, holds the
// lock (or is just taking it).
func (s *segment) locked() bool {
	s.mu.Lock()
	held := s.held
	s.mu.Unlock()
	if held {
		return true
	}
	select {
	case s.gate <- struct{}{}:
	default:
		return true
	}
	defer func() { <-s.gate }()
	fd := int(s.file.Fd())
	if retryEINTR(func() error { return syscall.Flock(fd, syscall.LOCK_EX|syscall.LOCK_NB) }) != nil {
		return true
	}
	retryEINTR(func() error { return syscall.Flock(fd, syscall.LOCK_UN) })
	return false
}

func (s *segment) mustRelease(typ string) {
	if !s.release() {
		panic(fmt.Sprintf("shared: Release of a %s that this process does not hold", typ))
	}
}

func retryEINTR(f func() error) error {
	for {
		if err := f(); err != syscall.EINTR {
			return err
		}
	}
}

// Lock is a lock shared by every process of the session, like Python's
// multiprocessing.Lock. It excludes goroutines of one process as well as
// other processes. The process that acquired it releases it (any of its
// goroutines may); if that process dies, the lock is free again.
//
//	lock := shared.NewLock()
//	// pass lock to processes; in each:
//	lock.Acquire()
//	counter.Add(3)
//	lock.Release()
type Lock struct {
	seg *segment
}

// NewLock returns a new unlocked shared Lock.
//
//	lock := shared.NewLock()
func NewLock() *Lock {
	return &Lock{seg: mustCreate(kindLock, 0, 0, 0)}
}

// Acquire blocks until the lock is free and takes it. If the cell is
// interrupted while it waits, it panics with ErrInterrupted.
//
//	lock.Acquire()
//	defer lock.Release()
func (l *Lock) Acquire() { must(l.seg, "shared.Lock").acquire(-1) }

// TryAcquire takes the lock if it is free and reports whether it did.
//
//	if lock.TryAcquire() { ...; lock.Release() }
func (l *Lock) TryAcquire() bool { return must(l.seg, "shared.Lock").acquire(0) }

// AcquireTimeout waits at most d for the lock and reports whether it
// took it.
//
//	if !lock.AcquireTimeout(time.Second) { fmt.Println("still busy") }
func (l *Lock) AcquireTimeout(d time.Duration) bool {
	return must(l.seg, "shared.Lock").acquire(max(d, 0))
}

// Release frees the lock. It panics if this process does not hold it.
//
//	lock.Release()
func (l *Lock) Release() { must(l.seg, "shared.Lock").mustRelease("shared.Lock") }

// Locked reports whether some process holds the lock now.
//
//	fmt.Println(lock.Locked())
func (l *Lock) Locked() bool { return must(l.seg, "shared.Lock").locked() }

// MarshalJSON encodes a reference to the lock, so that it can be passed
// to a child process.
//
//	b, _ := json.Marshal(lock) // {"shared":"shared.Lock","segment":"..."}
func (l *Lock) MarshalJSON() ([]byte, error) { return marshalRef(l.seg, "shared.Lock") }

// UnmarshalJSON attaches to the lock a reference names (in a child
// process, to the same lock as the parent's). It also accepts the lock of
// a shared value (GetLock).
//
//	var l shared.Lock
//	err := json.Unmarshal(b, &l)
func (l *Lock) UnmarshalJSON(b []byte) error {
	return unmarshalRef(b, &l.seg, kindLock, kindInt, kindFloat, kindBool, kindIntArray, kindFloatArray, kindStringArray)
}

// String describes the lock, e.g. "shared.Lock(unlocked)".
//
//	fmt.Println(lock)
func (l *Lock) String() string {
	if l.seg == nil {
		return "shared.Lock(not made with NewLock)"
	}
	if l.Locked() {
		return "shared.Lock(locked)"
	}
	return "shared.Lock(unlocked)"
}

// RLock is a re-entrant lock shared by every process of the session, like
// Python's multiprocessing.RLock: the goroutine that holds it may acquire
// it again and must release it as many times. If the holding process
// dies, the lock is free again.
//
//	r := shared.NewRLock()
//	r.Acquire()
//	r.Acquire() // same goroutine: does not block
//	r.Release()
//	r.Release()
type RLock struct {
	seg *segment
}

// NewRLock returns a new unlocked shared RLock.
//
//	r := shared.NewRLock()
func NewRLock() *RLock {
	return &RLock{seg: mustCreate(kindRLock, 0, 0, 0)}
}

// Acquire takes the lock, blocking while another goroutine or process
// holds it; the holder gets it again at once.
//
//	r.Acquire()
func (r *RLock) Acquire() { r.acquire(-1) }

// TryAcquire takes the lock if it is free or held by the caller, and
// reports whether it did.
//
//	ok := r.TryAcquire()
func (r *RLock) TryAcquire() bool { return r.acquire(0) }

// AcquireTimeout waits at most d for the lock and reports whether it took
// it.
//
//	ok := r.AcquireTimeout(time.Second)
func (r *RLock) AcquireTimeout(d time.Duration) bool { return r.acquire(max(d, 0)) }

func (r *RLock) acquire(wait time.Duration) bool {
	s := must(r.seg, "shared.RLock")
	g := goid()
	s.mu.Lock()
	if s.depth > 0 && s.owner == g {
		s.depth++
		s.mu.Unlock()
		return true
	}
	s.mu.Unlock()
	if !s.acquire(wait) {
		return false
	}
	s.mu.Lock()
	s.owner, s.depth = g, 1
	s.mu.Unlock()
	return true
}

// Release undoes one Acquire of the calling goroutine; the lock is free
// when all are undone. It panics if the caller does not hold the lock.
//
//	r.Release()
func (r *RLock) Release() {
	s := must(r.seg, "shared.RLock")
	g := goid()
	s.mu.Lock()
	if s.depth == 0 || s.owner != g {
		s.mu.Unlock()
		panic("shared: Release of an RLock that this goroutine does not hold")
	}
	s.depth--
	last := s.depth == 0
	if last {
		s.owner = 0
	}
	s.mu.Unlock()
	if last {
		s.release()
	}
}

// Locked reports whether some goroutine or process holds the lock now.
//
//	fmt.Println(r.Locked())
func (r *RLock) Locked() bool { return must(r.seg, "shared.RLock").locked() }

// MarshalJSON encodes a reference to the lock for a child process.
//
//	b, _ := json.Marshal(r)
func (r *RLock) MarshalJSON() ([]byte, error) { return marshalRef(r.seg, "shared.RLock") }

// UnmarshalJSON attaches to the lock a reference names.
//
//	var r shared.RLock
//	err := json.Unmarshal(b, &r)
func (r *RLock) UnmarshalJSON(b []byte) error { return unmarshalRef(b, &r.seg, kindRLock) }

// goid returns the calling goroutine's id, read from the stack header
// ("goroutine 42 [running]:"); RLock needs to know its holder.
func goid() int64 {
	var buf [64]byte
	n := runtime.Stack(buf[:], false)
	b := bytes.TrimPrefix(buf[:n], []byte("goroutine "))
	if i := bytes.IndexByte(b, ' '); i > 0 {
		b = b[:i]
	}
	id, _ := strconv.ParseInt(string(b), 10, 64)
	return id
}
