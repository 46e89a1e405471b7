package threads

import (
	"fmt"
	"time"
)

// Semaphore is a counter of free slots, like Python's threading.Semaphore:
// Acquire takes a slot (waiting while there is none), Release gives one
// back. Release may raise the count above its start value; use
// BoundedSemaphore to catch that. The zero value has 1 slot.
//
//	slots := threads.NewSemaphore(2) // at most 2 downloads at once
//	slots.Acquire()
//	download()
//	slots.Release()
type Semaphore struct {
	s sem
}

// NewSemaphore returns a Semaphore with n free slots; n < 0 panics.
//
//	s := threads.NewSemaphore(3)
func NewSemaphore(n int) *Semaphore {
	if n < 0 {
		panic(fmt.Sprintf("threads: NewSemaphore(%d): the count must be >= 0", n))
	}
	s := &Semaphore{}
	s.s.lock(n, 0)
	s.s.mu.Unlock()
	return s
}

// Acquire takes a slot, waiting until one is free.
//
//	s.Acquire()
//	defer s.Release()
func (s *Semaphore) Acquire() { s.s.acquire(1, 0, forever) }

// TryAcquire takes a slot if one is free and reports whether it did.
//
//	if s.TryAcquire() { ...; s.Release() }
func (s *Semaphore) TryAcquire() bool { return s.s.acquire(1, 0, 0) }

// AcquireTimeout waits at most d for a slot and reports whether it took
// one.
//
//	ok := s.AcquireTimeout(time.Second)
func (s *Semaphore) AcquireTimeout(d time.Duration) bool {
	return s.s.acquire(1, 0, timeout(d))
}

// Release gives a slot back, waking the longest waiting thread.
//
//	s.Release()
func (s *Semaphore) Release() { s.s.release(1, 0) }

// Value returns the number of free slots now.
//
//	fmt.Println(s.Value())
func (s *Semaphore) Value() int { return s.s.free(1, 0) }

// BoundedSemaphore is a Semaphore whose Release panics if it would raise
// the count above the start value: more releases than acquires is a bug.
// The zero value has 1 slot.
//
//	b := threads.NewBoundedSemaphore(2)
//	b.Acquire()
//	b.Release()
//	b.Release() // panics: released too many times
type BoundedSemaphore struct {
	s sem
}

// NewBoundedSemaphore returns a BoundedSemaphore with n free slots, at
// most n; n < 1 panics.
//
//	b := threads.NewBoundedSemaphore(3)
func NewBoundedSemaphore(n int) *BoundedSemaphore {
	if n < 1 {
		panic(fmt.Sprintf("threads: NewBoundedSemaphore(%d): the count must be >= 1", n))
	}
	b := &BoundedSemaphore{}
	b.s.lock(n, n)
	b.s.mu.Unlock()
	return b
}

// Acquire takes a slot, waiting until one is free.
//
//	b.Acquire()
func (b *BoundedSemaphore) Acquire() { b.s.acquire(1, 1, forever) }

// TryAcquire takes a slot if one is free and reports whether it did.
//
//	ok := b.TryAcquire()
func (b *BoundedSemaphore) TryAcquire() bool { return b.s.acquire(1, 1, 0) }

// AcquireTimeout waits at most d for a slot and reports whether it took
// one.
//
//	ok := b.AcquireTimeout(time.Second)
func (b *BoundedSemaphore) AcquireTimeout(d time.Duration) bool {
	return b.s.acquire(1, 1, timeout(d))
}

// Release gives a slot back; it panics if every slot is already free.
//
//	b.Release()
func (b *BoundedSemaphore) Release() {
	if !b.s.release(1, 1) {
		panic("threads: BoundedSemaphore released too many times")
	}
}

// Value returns the number of free slots now.
//
//	fmt.Println(b.Value())
func (b *BoundedSemaphore) Value() int { return b.s.free(1, 1) }
