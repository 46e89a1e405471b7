package threads

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// ErrBrokenBarrier is returned by Barrier.Wait when the barrier is broken
// (a waiter timed out, Abort or Reset was called, or the action panicked).
//
//	if _, err := b.Wait(); errors.Is(err, threads.ErrBrokenBarrier) { ... }
var ErrBrokenBarrier = errors.New("threads: barrier is broken")

// Barrier makes a fixed number of threads wait for each other, like
// Python's threading.Barrier: each Wait blocks until the last of the
// parties arrives, then all continue. It can be used again afterwards.
//
//	b := threads.NewBarrier(3)
//	for i := 0; i < 3; i++ {
//		threads.Start(func(n int) {
//			prepare(n)
//			b.Wait() // nobody starts before everyone is prepared
//			run(n)
//		}, i)
//	}
type Barrier struct {
	mu      sync.Mutex
	parties int
	action  func()
	count   int
	round   *round
}

// round is one filling of the barrier.
type round struct {
	done   chan struct{} // closed when the round ends, passed or broken
	broken bool
}

// NewBarrier returns a Barrier for parties threads; parties < 1 panics.
//
//	b := threads.NewBarrier(2)
func NewBarrier(parties int) *Barrier {
	return NewBarrierAction(parties, nil)
}

// NewBarrierAction is NewBarrier with an action that the last arriving
// thread runs before everyone is released. If the action panics, the
// barrier breaks and the panic continues in that thread.
//
//	b := threads.NewBarrierAction(2, func() { fmt.Println("all here") })
func NewBarrierAction(parties int, action func()) *Barrier {
	if parties < 1 {
		panic(fmt.Sprintf("threads: NewBarrier(%d): parties must be >= 1", parties))
	}
	return &Barrier{parties: parties, action: action, round: &round{done: make(chan struct{})}}
}

func (b *Barrier) check() {
	if b.round == nil {
		panic("threads: a Barrier must be made with NewBarrier(parties)")
	}
}

// Wait blocks until all parties have called Wait and returns the caller's
// arrival index (0 for the first, parties-1 for the last). It returns
// ErrBrokenBarrier if the barrier is or becomes broken.
//
//	i, err := b.Wait()
func (b *Barrier) Wait() (int, error) { return b.wait(forever) }

// WaitTimeout is Wait for at most d; on timeout it breaks the barrier (so
// every other waiter gets ErrBrokenBarrier too) and returns it.
//
//	_, err := b.WaitTimeout(time.Second)
func (b *Barrier) WaitTimeout(d time.Duration) (int, error) { return b.wait(timeout(d)) }

func (b *Barrier) wait(wait time.Duration) (int, error) {
	b.mu.Lock()
	if b.round == nil {
		b.mu.Unlock()
		b.check()
	}
	r := b.round
	if r.broken {
		b.mu.Unlock()
		return -1, ErrBrokenBarrier
	}
	index := b.count
	b.count++
	if b.count == b.parties {
		if b.action != nil {
			ok := false
			defer func() {
				if !ok {
					r.broken = true
					b.count = 0
					close(r.done)
					b.mu.Unlock()
				}
			}()
			b.action()
			ok = true
		}
		close(r.done)
		b.count = 0
		b.round = &round{done: make(chan struct{})}
		b.mu.Unlock()
		return index, nil
	}
	b.mu.Unlock()

	var expired <-chan time.Time
	if wait >= 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		expired = t.C
	}
	select {
	case <-r.done:
	case <-expired:
		b.mu.Lock()
		select {
		case <-r.done: // passed or broken meanwhile
		default:
			r.broken = true
			b.count = 0
			close(r.done)
		}
		b.mu.Unlock()
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if r.broken {
		return -1, ErrBrokenBarrier
	}
	return index, nil
}

// Abort breaks the barrier: current and future Waits return
// ErrBrokenBarrier until Reset.
//
//	b.Abort()
func (b *Barrier) Abort() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.check()
	if !b.round.broken {
		b.round.broken = true
		close(b.round.done)
	}
	b.count = 0
}

// Reset returns the barrier to its empty state; threads waiting in it now
// get ErrBrokenBarrier.
//
//	b.Reset()
func (b *Barrier) Reset() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.check()
	if !b.round.broken {
		b.round.broken = true
		close(b.round.done)
	}
	b.count = 0
	b.round = &round{done: make(chan struct{})}
}

// Parties returns the number of threads the barrier waits for.
//
//	fmt.Println(b.Parties())
func (b *Barrier) Parties() int { return b.parties }

// Waiting returns the number of threads waiting in the barrier now.
//
//	fmt.Println(b.Waiting())
func (b *Barrier) Waiting() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.count
}

// Broken reports whether the barrier is broken.
//
//	if b.Broken() { b.Reset() }
func (b *Barrier) Broken() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.check()
	return b.round.broken
}
