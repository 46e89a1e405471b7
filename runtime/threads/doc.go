// Package threads gives cells the thread toolkit of Python's threading
// module with Go names: Thread, Lock, RLock, Semaphore, BoundedSemaphore,
// Event, Condition and Barrier.
//
// A Thread runs a function on its own goroutine. Go has no interpreter
// lock: CPU-bound threads run in parallel on every core.
//
//	t := threads.Start(worker, 1)   // worker(n int) runs now
//	t.Join()                        // wait for it
//
// The arguments are checked against the function's parameters when the
// thread is created, so a missing, extra or mistyped argument is an error
// at once instead of being dropped silently.
//
// The plain go statement is the low-level primitive next to Thread:
//
//	go worker(1)                    // no name, no Join, no panic report
//
// Use a sync.WaitGroup (or a Thread) to wait for plain goroutines.
package threads
