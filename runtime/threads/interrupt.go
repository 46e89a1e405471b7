package threads

import (
	"errors"
	"sync"
	"time"

	"gokernel/runtime/session"
)

// ErrInterrupted is the panic value of a wait (Acquire, Event.Wait, Join)
// that was blocked when its cell was interrupted: the interrupt frees
// threads stuck in a deadlock instead of leaving them blocked for ever. In
// a Thread it ends the thread with a report.
//
//	// cell interrupted while a thread waits in lock.Acquire():
//	// Exception in thread "T2": threads: wait interrupted (the cell was interrupted)
var ErrInterrupted = errors.New("threads: wait interrupted (the cell was interrupted)")

// interruptible returns a channel that is closed if the running cell is
// interrupted, and the function to call when the wait is over.
func interruptible() (<-chan struct{}, func()) {
	ch := make(chan struct{})
	var once sync.Once
	untrack := session.Track(session.CurrentCell(), func() { once.Do(func() { close(ch) }) })
	return ch, untrack
}

// waitEnds returns what a blocking wait selects on besides its own
// channel: a timer for a timed wait (wait >= 0), or the interrupt of the
// running cell for an untimed one. Call done when the wait is over.
func waitEnds(wait time.Duration) (expired <-chan time.Time, stop <-chan struct{}, done func()) {
	if wait < 0 {
		stop, done = interruptible()
		return nil, stop, done
	}
	t := time.NewTimer(wait)
	return t.C, nil, func() { t.Stop() }
}
