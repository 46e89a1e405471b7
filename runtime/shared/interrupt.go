package shared

import (
	"sync"

	"gokernel/runtime/session"
	"gokernel/runtime/threads"
)

// ErrInterrupted is the panic value of an Acquire (or Lock) that was
// waiting when its cell was interrupted; it is threads.ErrInterrupted, so
// one errors.Is check covers both packages. The abandoned wait never
// takes the lock afterwards.
//
//	errors.Is(err, shared.ErrInterrupted)
var ErrInterrupted = threads.ErrInterrupted

// interruptible returns a channel that is closed if the running cell is
// interrupted, and the function to call when the wait is over.
func interruptible() (<-chan struct{}, func()) {
	ch := make(chan struct{})
	var once sync.Once
	untrack := session.Track(session.CurrentCell(), func() { once.Do(func() { close(ch) }) })
	return ch, untrack
}
