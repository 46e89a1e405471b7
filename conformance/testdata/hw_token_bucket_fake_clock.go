package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type Clock interface{ Now() time.Time }

type FakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *FakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *FakeClock) Advance(d time.Duration) {
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

func (b *TokenBucket) Allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.clock.Now()
	b.tokens = min(b.capacity, b.tokens+now.Sub(b.last).Seconds()*b.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

func main() {
	clock := &FakeClock{now: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	bucket := NewTokenBucket(clock, 5, 2)
	steps := []time.Duration{0, 0, 0, 0, 0, 0, 0, 250 * time.Millisecond, 250 * time.Millisecond,
		500 * time.Millisecond, 0, 0, 3 * time.Second, 0, 0, 0, 0, 0, 0}
	var sb strings.Builder
	allowed := 0
	for _, d := range steps {
		clock.Advance(d)
		if bucket.Allow() {
			sb.WriteByte('+')
			allowed++
		} else {
			sb.WriteByte('-')
		}
	}
	fmt.Println("sequential trace:", sb.String(), "allowed:", allowed)

	// concurrent burst at a frozen instant: exactly capacity requests succeed
	clock.Advance(10 * time.Second)
	var wg sync.WaitGroup
	var mu sync.Mutex
	granted := 0
	for range 20 {
		wg.Go(func() {
			if bucket.Allow() {
				mu.Lock()
				granted++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	fmt.Println("concurrent burst granted:", granted, "ok:", granted == 5)
	fmt.Println("clock:", clock.Now().Format(time.TimeOnly))
}
