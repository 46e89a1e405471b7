// Package shared gives cells memory and locks shared by every process of
// the session, like Python's multiprocessing.Value, Array and Lock.
//
// A shared value lives in a segment: a file in /dev/shm mapped into each
// process that uses it. Pass it to a child process like any argument: it
// crosses as a small JSON reference and the child attaches to the same
// memory, so a change made by either side is seen by the other.
//
//	func work(c *shared.Int, lock *shared.Lock) {
//		lock.Acquire()
//		c.Add(3)
//		lock.Release()
//	}
//
//	counter, lock := shared.NewInt(0), shared.NewLock()
//	p, err := processes.Start(work, counter, lock)
//	p.Join()
//	fmt.Println(counter.Get()) // 3: the child's change is seen here
//
// Add is a plain read-modify-write, so that the race between processes
// can be observed; AddAtomic, or Add under a lock, never loses an update.
//
// Every value has its own lock (Lock/Unlock) that excludes goroutines of
// one process and other processes alike. The locks are flock(2) and
// open-file-description locks on the segment file: the operating system
// drops them when the holding process dies, however it dies, so a killed
// process never leaves a lock held.
//
// Lifetime: a segment outlives the value that made it (a child may still
// use it); the kernel removes every segment of the session with RemoveAll
// when the session ends or restarts.
package shared
