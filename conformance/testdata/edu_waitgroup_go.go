// Lecture 4 supplement: sync.WaitGroup.Go (added in Go 1.25).
//
// The classic pattern is
//
//	wg.Add(1)
//	go func() { defer wg.Done(); work() }()
//
// and forgetting either Add or Done is a common student bug. wg.Go(work)
// does both for you. Below we also limit concurrency with a counting
// semaphore built from a buffered channel.
package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type Doc struct {
	Title string
	Body  string
}

type Stats struct {
	Words, Lines, Longest int
}

func analyse(d Doc) Stats {
	var s Stats
	s.Lines = strings.Count(d.Body, "\n") + 1
	for _, w := range strings.Fields(d.Body) {
		s.Words++
		s.Longest = max(s.Longest, len(w))
	}
	return s
}

func main() {
	docs := []Doc{
		{"intro", "Parallel programs do\nmany things at once"},
		{"races", "A data race happens when two goroutines\naccess the same variable\nand at least one writes"},
		{"locks", "Mutual exclusion serialises critical sections"},
		{"channels", "Channels transfer ownership\nof values between goroutines"},
		{"memory", "The memory model defines\nhappens before\nrelationships between events\nin different goroutines"},
		{"summary", "Prefer simple correct code\nthen measure"},
	}

	// 1. Plain wg.Go: one goroutine per document, results by index.
	stats := make([]Stats, len(docs))
	var wg sync.WaitGroup
	for i, d := range docs {
		wg.Go(func() { stats[i] = analyse(d) })
	}
	wg.Wait()
	fmt.Printf("%-9s %5s %5s %7s\n", "doc", "words", "lines", "longest")
	for i, d := range docs {
		fmt.Printf("%-9s %5d %5d %7d\n", d.Title, stats[i].Words, stats[i].Lines, stats[i].Longest)
	}

	// 2. wg.Go plus a semaphore: at most `limit` goroutines in the critical
	//    region at any moment. We track the peak with atomics.
	const limit = 2
	sem := make(chan struct{}, limit)
	var inside, peak, total atomic.Int64
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Go(func() {
			sem <- struct{}{} // acquire
			defer func() { <-sem }()
			now := inside.Add(1)
			for {
				old := peak.Load()
				if now <= old || peak.CompareAndSwap(old, now) {
					break
				}
			}
			total.Add(int64(i))
			inside.Add(-1)
		})
	}
	wg2.Wait()
	fmt.Println("sum of task ids:", total.Load())
	fmt.Printf("peak concurrency within limit: %v (limit %d)\n", peak.Load() <= limit, limit)

	// 3. Nested groups: each outer task fans out its own inner tasks.
	var outer sync.WaitGroup
	sums := make([]int64, 4)
	for g := range sums {
		outer.Go(func() {
			var inner sync.WaitGroup
			var acc atomic.Int64
			for k := 1; k <= 10; k++ {
				inner.Go(func() { acc.Add(int64(k * (g + 1))) })
			}
			inner.Wait()
			sums[g] = acc.Load()
		})
	}
	outer.Wait()
	fmt.Println("nested group sums:", sums)
}
