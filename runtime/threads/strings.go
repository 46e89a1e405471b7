package threads

import "fmt"

// The String methods make a primitive shown as a cell's value readable.

func lockedWord(locked bool) string {
	if locked {
		return "locked"
	}
	return "unlocked"
}

// String describes the lock, e.g. "threads.Lock(unlocked)".
//
//	fmt.Println(lock)
func (l *Lock) String() string { return "threads.Lock(" + lockedWord(l.Locked()) + ")" }

// String describes the lock, e.g. "threads.RLock(locked, depth 2)".
//
//	fmt.Println(r)
func (r *RLock) String() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.count == 0 {
		return "threads.RLock(unlocked)"
	}
	return fmt.Sprintf("threads.RLock(locked by goroutine %d, depth %d)", r.owner, r.count)
}

// String describes the semaphore, e.g. "threads.Semaphore(2 free)".
//
//	fmt.Println(s)
func (s *Semaphore) String() string { return fmt.Sprintf("threads.Semaphore(%d free)", s.Value()) }

// String describes the semaphore, e.g. "threads.BoundedSemaphore(1 of 2 free)".
//
//	fmt.Println(b)
func (b *BoundedSemaphore) String() string {
	b.s.lock(1, 1)
	defer b.s.mu.Unlock()
	return fmt.Sprintf("threads.BoundedSemaphore(%d of %d free)", b.s.value, b.s.max)
}

// String describes the event, e.g. "threads.Event(set)".
//
//	fmt.Println(e)
func (e *Event) String() string {
	if e.IsSet() {
		return "threads.Event(set)"
	}
	return "threads.Event(clear)"
}

// String describes the condition, e.g. "threads.Condition(2 waiting)".
//
//	fmt.Println(c)
func (c *Condition) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return fmt.Sprintf("threads.Condition(%d waiting)", len(c.waiters))
}

// String describes the barrier, e.g. "threads.Barrier(1 of 3 waiting)".
//
//	fmt.Println(b)
func (b *Barrier) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.round == nil {
		return "threads.Barrier(not made with NewBarrier)"
	}
	if b.round.broken {
		return fmt.Sprintf("threads.Barrier(broken, %d parties)", b.parties)
	}
	return fmt.Sprintf("threads.Barrier(%d of %d waiting)", b.count, b.parties)
}
