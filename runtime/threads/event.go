package threads

import (
	"sync"
	"time"
)

// Event is a flag threads can wait for, like Python's threading.Event.
// The zero value is a cleared Event.
//
//	ready := threads.NewEvent()
//	threads.Start(func() { load(); ready.Set() })
//	ready.Wait() // blocks until Set
type Event struct {
	mu  sync.Mutex
	set bool
	ch  chan struct{} // closed while set
}

// NewEvent returns a cleared Event.
//
//	e := threads.NewEvent()
func NewEvent() *Event { return &Event{} }

func (e *Event) chanLocked() chan struct{} {
	if e.ch == nil {
		e.ch = make(chan struct{})
		if e.set {
			close(e.ch)
		}
	}
	return e.ch
}

// Set sets the flag and wakes every waiting thread.
//
//	e.Set()
func (e *Event) Set() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.set {
		ch := e.chanLocked()
		e.set = true
		close(ch)
	}
}

// Clear resets the flag; later Waits block again.
//
//	e.Clear()
func (e *Event) Clear() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.set {
		e.set = false
		e.ch = nil
	}
}

// IsSet reports whether the flag is set.
//
//	if e.IsSet() { ... }
func (e *Event) IsSet() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.set
}

// Wait blocks until the flag is set (or the cell is interrupted: see
// ErrInterrupted).
//
//	e.Wait()
func (e *Event) Wait() {
	e.mu.Lock()
	ch := e.chanLocked()
	e.mu.Unlock()
	select {
	case <-ch:
		return
	default:
	}
	stop, untrack := interruptible()
	defer untrack()
	select {
	case <-ch:
	case <-stop:
		panic(ErrInterrupted)
	}
}

// WaitTimeout waits at most d for the flag and reports whether it is set.
//
//	if !e.WaitTimeout(time.Second) { fmt.Println("timed out") }
func (e *Event) WaitTimeout(d time.Duration) bool {
	e.mu.Lock()
	ch := e.chanLocked()
	e.mu.Unlock()
	t := time.NewTimer(timeout(d))
	defer t.Stop()
	select {
	case <-ch:
		return true
	case <-t.C:
		return e.IsSet()
	}
}
