package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Clock interface {
	Now() time.Time
}

type manualClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *manualClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *manualClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

type TokenBucket struct {
	mu       sync.Mutex
	clock    Clock
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     time.Time
}

func NewTokenBucket(c Clock, capacity int, perSecond float64) *TokenBucket {
	return &TokenBucket{clock: c, capacity: float64(capacity), tokens: float64(capacity), rate: perSecond, last: c.Now()}
}

func (b *TokenBucket) refill() {
	now := b.clock.Now()
	if elapsed := now.Sub(b.last).Seconds(); elapsed > 0 {
		b.tokens = min(b.capacity, b.tokens+elapsed*b.rate)
		b.last = now
	}
}

func (b *TokenBucket) AllowN(n int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill()
	if b.tokens >= float64(n) {
		b.tokens -= float64(n)
		return true
	}
	return false
}

func (b *TokenBucket) Allow() bool { return b.AllowN(1) }

// WaitTime reports how long a caller would need to wait for n tokens.
func (b *TokenBucket) WaitTime(n int) time.Duration {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill()
	missing := float64(n) - b.tokens
	if missing <= 0 {
		return 0
	}
	return time.Duration(missing / b.rate * float64(time.Second))
}

func (b *TokenBucket) Tokens() float64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill()
	return b.tokens
}

func burst(b *TokenBucket, n int) string {
	out := make([]byte, n)
	for i := range out {
		if b.Allow() {
			out[i] = '+'
		} else {
			out[i] = '-'
		}
	}
	return string(out)
}

func main() {
	clock := &manualClock{now: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	bucket := NewTokenBucket(clock, 5, 2)

	fmt.Printf("t=0s     burst of 7: %s tokens=%.2f\n", burst(bucket, 7), bucket.Tokens())
	clock.Advance(250 * time.Millisecond)
	fmt.Printf("t=0.25s  tokens=%.2f wait(1)=%v\n", bucket.Tokens(), bucket.WaitTime(1))
	clock.Advance(250 * time.Millisecond)
	fmt.Printf("t=0.5s   burst of 2: %s tokens=%.2f\n", burst(bucket, 2), bucket.Tokens())
	clock.Advance(2 * time.Second)
	fmt.Printf("t=2.5s   tokens=%.2f\n", bucket.Tokens())

	var allowed, denied atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if bucket.Allow() {
				allowed.Add(1)
			} else {
				denied.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Printf("t=2.5s   10 concurrent callers: allowed=%d denied=%d\n", allowed.Load(), denied.Load())

	clock.Advance(10 * time.Second)
	fmt.Printf("t=12.5s  tokens=%.2f (capped)\n", bucket.Tokens())
	fmt.Printf("t=12.5s  AllowN(3)=%v AllowN(3)=%v tokens=%.2f\n", bucket.AllowN(3), bucket.AllowN(3), bucket.Tokens())
	fmt.Printf("t=12.5s  wait(5)=%v\n", bucket.WaitTime(5))

	// simulate a steady client sending every 100ms for 3 seconds
	served := 0
	for step := 0; step < 30; step++ {
		clock.Advance(100 * time.Millisecond)
		if bucket.Allow() {
			served++
		}
	}
	fmt.Printf("steady 10 req/s for 3s: served=%d of 30\n", served)
}
