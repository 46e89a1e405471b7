package threads

import (
	"sync"
	"time"
)

// Condition lets threads wait until another thread tells them that
// something changed, like Python's threading.Condition. It has a lock
// (an RLock unless you give one); Wait, Notify and NotifyAll must be
// called while holding it. The zero value uses a new RLock.
//
//	c := threads.NewCondition(nil)
//	// consumer
//	c.Acquire()
//	for len(items) == 0 {
//		c.Wait()
//	}
//	item := items[0]
//	c.Release()
//	// producer
//	c.Acquire()
//	items = append(items, 1)
//	c.Notify()
//	c.Release()
type Condition struct {
	mu      sync.Mutex
	lock    Locker
	waiters []chan struct{}
}

// NewCondition returns a Condition using lock, or a new RLock if lock is
// nil.
//
//	c := threads.NewCondition(threads.NewLock())
func NewCondition(lock Locker) *Condition {
	c := &Condition{lock: lock}
	c.locker()
	return c
}

func (c *Condition) locker() Locker {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.lock == nil {
		c.lock = NewRLock()
	}
	return c.lock
}

// Acquire takes the condition's lock.
//
//	c.Acquire()
func (c *Condition) Acquire() { c.locker().Acquire() }

// Release releases the condition's lock.
//
//	c.Release()
func (c *Condition) Release() { c.locker().Release() }

// mustHold panics when the caller evidently does not hold the lock.
func (c *Condition) mustHold(op string) Locker {
	l := c.locker()
	switch l := l.(type) {
	case *RLock:
		if !l.held() {
			panic("threads: Condition." + op + " without holding its lock")
		}
	case *Lock:
		if !l.Locked() {
			panic("threads: Condition." + op + " without holding its lock")
		}
	}
	return l
}

// Wait releases the lock, sleeps until Notify or NotifyAll wakes it, and
// takes the lock again before returning. Check your condition in a loop:
// another thread may have changed it first. If the cell is interrupted,
// Wait takes the lock again and panics with ErrInterrupted.
//
//	for !ready { c.Wait() }
func (c *Condition) Wait() { c.wait(forever) }

// WaitTimeout is Wait for at most d; it reports false if it timed out.
// The lock is held again on return either way.
//
//	if !c.WaitTimeout(time.Second) { fmt.Println("nobody notified") }
func (c *Condition) WaitTimeout(d time.Duration) bool { return c.wait(timeout(d)) }

// WaitFor waits until pred() is true, re-checking after every
// notification; it holds the lock while calling pred.
//
//	c.WaitFor(func() bool { return len(items) > 0 })
func (c *Condition) WaitFor(pred func() bool) {
	for !pred() {
		c.Wait()
	}
}

func (c *Condition) wait(wait time.Duration) bool {
	l := c.mustHold("Wait")
	ch := make(chan struct{})
	c.mu.Lock()
	c.waiters = append(c.waiters, ch)
	c.mu.Unlock()

	depth := 0
	if r, ok := l.(*RLock); ok {
		depth = r.releaseAll()
	} else {
		l.Release()
	}
	defer func() {
		if r, ok := l.(*RLock); ok {
			r.restore(depth)
		} else {
			l.Acquire()
		}
	}()

	expired, stop, done := waitEnds(wait)
	defer done()
	select {
	case <-ch:
		return true
	case <-expired:
		return !c.dequeue(ch)
	case <-stop:
		if c.dequeue(ch) {
			panic(ErrInterrupted) // after the deferred re-acquire
		}
		return true
	}
}

// dequeue removes waiter ch and reports whether it was still waiting.
func (c *Condition) dequeue(ch chan struct{}) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, w := range c.waiters {
		if w == ch {
			c.waiters = append(c.waiters[:i], c.waiters[i+1:]...)
			return true
		}
	}
	return false
}

// Notify wakes one waiting thread, if any.
//
//	c.Notify()
func (c *Condition) Notify() { c.NotifyN(1) }

// NotifyN wakes up to n waiting threads, longest waiting first.
//
//	c.NotifyN(2)
func (c *Condition) NotifyN(n int) {
	c.mustHold("Notify")
	c.mu.Lock()
	defer c.mu.Unlock()
	for ; n > 0 && len(c.waiters) > 0; n-- {
		close(c.waiters[0])
		c.waiters = c.waiters[1:]
	}
}

// NotifyAll wakes every waiting thread.
//
//	c.NotifyAll()
func (c *Condition) NotifyAll() {
	c.mustHold("NotifyAll")
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, w := range c.waiters {
		close(w)
	}
	c.waiters = nil
}
