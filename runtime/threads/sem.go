package threads

import (
	"sync"
	"time"
)

// sem is the counting semaphore under Lock, Semaphore and
// BoundedSemaphore. Waiters queue in arrival order and a release hands
// the token straight to the first of them, so nobody starves.
type sem struct {
	mu      sync.Mutex
	ready   bool
	value   int // free tokens
	max     int // 0 = unbounded
	waiters []chan struct{}
}

// lock locks s.mu, giving a zero-value s its initial value and bound.
func (s *sem) lock(value, max int) {
	s.mu.Lock()
	if !s.ready {
		s.ready, s.value, s.max = true, value, max
	}
}

// acquire takes a token. wait < 0 waits for ever, wait == 0 does not
// wait at all; it reports whether a token was taken.
func (s *sem) acquire(value, max int, wait time.Duration) bool {
	s.lock(value, max)
	if s.value > 0 {
		s.value--
		s.mu.Unlock()
		return true
	}
	if wait == 0 {
		s.mu.Unlock()
		return false
	}
	ch := make(chan struct{})
	s.waiters = append(s.waiters, ch)
	s.mu.Unlock()
	expired, stop, done := waitEnds(wait)
	defer done()
	interrupted := false
	select {
	case <-ch:
		return true
	case <-expired:
	case <-stop:
		interrupted = true
	}
	if s.dequeue(ch) {
		if interrupted {
			panic(ErrInterrupted)
		}
		return false
	}
	return true // a release handed us the token while we gave up
}

// dequeue removes waiter ch and reports whether it was still waiting.
func (s *sem) dequeue(ch chan struct{}) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, w := range s.waiters {
		if w == ch {
			s.waiters = append(s.waiters[:i], s.waiters[i+1:]...)
			return true
		}
	}
	return false
}

// release gives a token back; false means the bound would be exceeded.
func (s *sem) release(value, max int) bool {
	s.lock(value, max)
	defer s.mu.Unlock()
	if len(s.waiters) > 0 {
		close(s.waiters[0])
		s.waiters = s.waiters[1:]
		return true
	}
	if s.max > 0 && s.value >= s.max {
		return false
	}
	s.value++
	return true
}

// free returns the number of free tokens.
func (s *sem) free(value, max int) int {
	s.lock(value, max)
	defer s.mu.Unlock()
	return s.value
}

// forever is the wait argument meaning "no timeout".
const forever = -1

// timeout turns a user's duration into a wait argument: a negative
// duration would mean "for ever" inside, so it is treated as zero.
func timeout(d time.Duration) time.Duration {
	if d < 0 {
		return 0
	}
	return d
}
