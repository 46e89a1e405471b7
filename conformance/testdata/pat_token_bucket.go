package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Clock abstracts time so the limiter can be driven without real waiting.
type Clock interface {
	Now() time.Duration
}

type FakeClock struct {
	mu  sync.Mutex
	now time.Duration
}

func (c *FakeClock) Now() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *FakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now += d
	c.mu.Unlock()
}

// Bucket holds tokens in milli-token units to keep the arithmetic exact.
type Bucket struct {
	mu                      sync.Mutex
	clock                   Clock
	capacity, perSec, milli int64
	last                    time.Duration
}

func NewBucket(c Clock, capacity, perSec int64) *Bucket {
	return &Bucket{clock: c, capacity: capacity, perSec: perSec, milli: capacity * 1000, last: c.Now()}
}

func (b *Bucket) refill() {
	now := b.clock.Now()
	elapsed := now - b.last
	b.last = now
	b.milli = min(b.milli+int64(elapsed/time.Millisecond)*b.perSec, b.capacity*1000)
}

func (b *Bucket) Allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill()
	if b.milli >= 1000 {
		b.milli -= 1000
		return true
	}
	return false
}

func (b *Bucket) Tokens() float64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill()
	return float64(b.milli) / 1000
}

func main() {
	clock := &FakeClock{}
	bucket := NewBucket(clock, 5, 2) // burst of 5, 2 tokens per second
	steps := []struct {
		advance time.Duration
		callers int
	}{
		{0, 8}, {500 * time.Millisecond, 3}, {1500 * time.Millisecond, 4},
		{250 * time.Millisecond, 1}, {10 * time.Second, 7},
	}
	totalAllowed := 0
	for i, s := range steps {
		clock.Advance(s.advance)
		before := bucket.Tokens()
		var allowed atomic.Int64
		var wg sync.WaitGroup
		for range s.callers {
			wg.Go(func() {
				if bucket.Allow() {
					allowed.Add(1)
				}
			})
		}
		wg.Wait()
		n := int(allowed.Load())
		totalAllowed += n
		fmt.Printf("step %d t=%-6v tokens=%.1f allowed=%d denied=%d left=%.1f\n",
			i, clock.Now(), before, n, s.callers-n, bucket.Tokens())
	}
	fmt.Println("total allowed:", totalAllowed)
}
