package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Clock interface {
	Now() time.Time
}

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

func NewTokenBucket(c Clock, capacity, rate float64) *TokenBucket {
	return &TokenBucket{clock: c, capacity: capacity, tokens: capacity, rate: rate, last: c.Now()}
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
	limiters := map[string]*TokenBucket{
		"alice": NewTokenBucket(clock, 3, 2),
		"bob":   NewTokenBucket(clock, 5, 1),
	}
	users := []string{"alice", "bob"}
	for range 4 {
		var mu sync.Mutex
		counts := map[string][2]int{}
		var wg sync.WaitGroup
		for _, u := range users {
			for range 4 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					ok := limiters[u].Allow()
					mu.Lock()
					c := counts[u]
					if ok {
						c[0]++
					} else {
						c[1]++
					}
					counts[u] = c
					mu.Unlock()
				}()
			}
		}
		wg.Wait()
		keys := make([]string, 0, len(counts))
		for k := range counts {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("t=%s %s allowed=%d rejected=%d\n", clock.Now().Format("15:04:05.000"), k, counts[k][0], counts[k][1])
		}
		clock.Advance(500 * time.Millisecond)
	}
}
