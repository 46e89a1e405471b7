package threads

import "fmt"

// These types live in one process's memory. Passed to a child process
// (whose arguments cross as JSON) they would arrive as fresh, unrelated
// values, so encoding them is an error that names the shared alternative.

func noCrossing(typ, instead string) error {
	return fmt.Errorf("a %s works only inside one process and cannot be passed to another process; use %s", typ, instead)
}

// MarshalJSON always fails: a Lock cannot be passed to another process.
// Use shared.NewLock for a lock between processes.
//
//	_, err := json.Marshal(threads.NewLock()) // err says to use shared.NewLock
func (l *Lock) MarshalJSON() ([]byte, error) {
	return nil, noCrossing("threads.Lock", "shared.NewLock()")
}

// MarshalJSON always fails: an RLock cannot be passed to another process.
// Use shared.NewRLock.
//
//	_, err := json.Marshal(threads.NewRLock())
func (r *RLock) MarshalJSON() ([]byte, error) {
	return nil, noCrossing("threads.RLock", "shared.NewRLock()")
}

// MarshalJSON always fails: a Semaphore cannot be passed to another
// process. Use shared.NewSemaphore.
//
//	_, err := json.Marshal(threads.NewSemaphore(2))
func (s *Semaphore) MarshalJSON() ([]byte, error) {
	return nil, noCrossing("threads.Semaphore", "shared.NewSemaphore(n)")
}

// MarshalJSON always fails: a BoundedSemaphore cannot be passed to
// another process. Use shared.NewSemaphore.
//
//	_, err := json.Marshal(threads.NewBoundedSemaphore(2))
func (b *BoundedSemaphore) MarshalJSON() ([]byte, error) {
	return nil, noCrossing("threads.BoundedSemaphore", "shared.NewSemaphore(n)")
}

// MarshalJSON always fails: an Event cannot be passed to another process.
// A shared.Bool can serve as a flag between processes.
//
//	_, err := json.Marshal(threads.NewEvent())
func (e *Event) MarshalJSON() ([]byte, error) {
	return nil, noCrossing("threads.Event", "a shared.Bool (shared.NewBool(false)) as the flag")
}

// MarshalJSON always fails: a Condition cannot be passed to another
// process.
//
//	_, err := json.Marshal(threads.NewCondition(nil))
func (c *Condition) MarshalJSON() ([]byte, error) {
	return nil, noCrossing("threads.Condition", "a queue from the queues package")
}

// MarshalJSON always fails: a Barrier cannot be passed to another process.
//
//	_, err := json.Marshal(threads.NewBarrier(2))
func (b *Barrier) MarshalJSON() ([]byte, error) {
	return nil, noCrossing("threads.Barrier", "a queue from the queues package")
}

// MarshalJSON always fails: a Thread cannot be passed to another process.
//
//	_, err := json.Marshal(threads.New(func() {}))
func (t *Thread) MarshalJSON() ([]byte, error) {
	return nil, noCrossing("threads.Thread", "a result sent back through a queue")
}
