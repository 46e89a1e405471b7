// A token bucket rate limiter driven by a virtual clock (milliseconds),
// so no real time is involved and the results are reproducible.
package main

import (
	"fmt"
	"sync"
)

type TokenBucket struct {
	mu       sync.Mutex
	capacity int
	tokens   int
	perToken int // milliseconds needed to earn one token
	last     int // virtual time of last refill
}

func NewTokenBucket(capacity, perToken int) *TokenBucket {
	return &TokenBucket{capacity: capacity, tokens: capacity, perToken: perToken}
}

func (b *TokenBucket) refill(now int) {
	if now <= b.last {
		return
	}
	earned := (now - b.last) / b.perToken
	if earned > 0 {
		b.tokens = min(b.capacity, b.tokens+earned)
		b.last += earned * b.perToken
	}
}

func (b *TokenBucket) Allow(now, cost int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill(now)
	if b.tokens >= cost {
		b.tokens -= cost
		return true
	}
	return false
}

type client struct {
	name     string
	requests []int // arrival times in ms
}

func main() {
	clients := []client{
		{"steady", []int{0, 100, 200, 300, 400, 500, 600, 700, 800, 900}},
		{"bursty", []int{0, 1, 2, 3, 4, 5, 6, 7, 500, 501, 502, 503}},
		{"sleepy", []int{0, 2000, 4000}},
		{"greedy", []int{0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110}},
	}

	// Each client has its own bucket and is simulated by its own goroutine.
	type outcome struct {
		allowed, denied int
		pattern         []byte
	}
	results := make([]outcome, len(clients))
	var wg sync.WaitGroup
	for i, c := range clients {
		wg.Go(func() {
			b := NewTokenBucket(4, 150)
			var o outcome
			for _, t := range c.requests {
				if b.Allow(t, 1) {
					o.allowed++
					o.pattern = append(o.pattern, '+')
				} else {
					o.denied++
					o.pattern = append(o.pattern, '.')
				}
			}
			results[i] = o
		})
	}
	wg.Wait()

	for i, c := range clients {
		r := results[i]
		fmt.Printf("%-7s allowed=%2d denied=%2d  %s\n", c.name, r.allowed, r.denied, r.pattern)
	}

	// A shared bucket: many goroutines take tokens at the same virtual time.
	// The number granted is fixed even though who gets them is not.
	shared := NewTokenBucket(10, 100)
	granted := make([]bool, 25)
	for i := range granted {
		wg.Go(func() {
			granted[i] = shared.Allow(0, 1)
		})
	}
	wg.Wait()
	n := 0
	for _, g := range granted {
		if g {
			n++
		}
	}
	fmt.Println("shared bucket granted at t=0:", n)
	for _, t := range []int{50, 100, 350, 1000, 5000} {
		got := 0
		for shared.Allow(t, 1) {
			got++
		}
		fmt.Printf("at t=%4d drained %d tokens\n", t, got)
	}
}
