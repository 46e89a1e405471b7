// Lab 21: a token-bucket rate limiter driven by a simulated clock.
// Time is a tick counter controlled by main, so the output never
// depends on the wall clock.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Bucket struct {
	tokens chan struct{}
	rate   int // tokens added per tick
}

func NewBucket(burst, rate int) *Bucket {
	b := &Bucket{tokens: make(chan struct{}, burst), rate: rate}
	for range burst {
		b.tokens <- struct{}{}
	}
	return b
}

// Tick refills up to the burst size without blocking.
func (b *Bucket) Tick() (added int) {
	for range b.rate {
		select {
		case b.tokens <- struct{}{}:
			added++
		default:
			return added
		}
	}
	return added
}

func (b *Bucket) Allow() bool {
	select {
	case <-b.tokens:
		return true
	default:
		return false
	}
}

type Level int

const (
	Quiet Level = iota
	Busy
	Overloaded
)

func (l Level) String() string {
	return [...]string{"quiet", "busy", "overloaded"}[l]
}

func classify(rejected int) Level {
	switch {
	case rejected == 0:
		return Quiet
	case rejected < 10:
		return Busy
	}
	return Overloaded
}

func main() {
	bucket := NewBucket(5, 3)
	demand := []int{2, 4, 8, 1, 0, 12, 6, 3}
	totalOK, totalRejected := 0, 0
	for tick, want := range demand {
		added := 0
		if tick > 0 {
			added = bucket.Tick()
		}
		var allowed, rejected atomic.Int64
		var wg sync.WaitGroup
		for range want {
			wg.Go(func() {
				if bucket.Allow() {
					allowed.Add(1)
				} else {
					rejected.Add(1)
				}
			})
		}
		wg.Wait()
		a, r := int(allowed.Load()), int(rejected.Load())
		totalOK += a
		totalRejected += r
		fmt.Printf("tick %d: +%d tokens, demand %2d, allowed %2d, rejected %2d, left %d [%v]\n",
			tick, added, want, a, r, len(bucket.tokens), classify(r))
	}
	fmt.Println("total allowed:", totalOK)
	fmt.Println("total rejected:", totalRejected)

	// Fixed-window counter: at most 4 requests per window of 10 request ids.
	const window, maxPerWindow = 10, 4
	counts := map[int]int{}
	var accepted []int
	for id := range 35 {
		w := id / window
		if counts[w] < maxPerWindow && id%3 != 1 {
			counts[w]++
			accepted = append(accepted, id)
		}
	}
	fmt.Println("window counts:", counts)
	fmt.Println("accepted ids:", accepted)

	// fallthrough: a stricter level implies every softer action too.
	for _, lvl := range []Level{Overloaded, Busy, Quiet} {
		var actions []string
		switch lvl {
		case Overloaded:
			actions = append(actions, "shed")
			fallthrough
		case Busy:
			actions = append(actions, "queue")
			fallthrough
		default:
			actions = append(actions, "log")
		}
		fmt.Printf("%-10v -> %v\n", lvl, actions)
	}
}
