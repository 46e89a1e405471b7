package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Counter struct {
	views   atomic.Int64
	uniques atomic.Int32
}

type Stats struct {
	counters map[string]*Counter
}

func NewStats(slugs []string) *Stats {
	s := &Stats{counters: make(map[string]*Counter)}
	for _, slug := range slugs {
		s.counters[slug] = &Counter{}
	}
	return s
}

func (s *Stats) Hit(slug string, firstVisit bool) {
	c := s.counters[slug]
	c.views.Add(1)
	if firstVisit {
		c.uniques.Add(1)
	}
}

func main() {
	slugs := []string{"election-live", "weather", "recipes", "crossword"}
	stats := NewStats(slugs)

	var total atomic.Int64
	var maxBatch atomic.Int64
	var wg sync.WaitGroup
	readers := 8
	for r := range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			batch := int64(0)
			for i := range 250 {
				slug := slugs[(r+i)%len(slugs)]
				stats.Hit(slug, i < len(slugs))
				total.Add(1)
				batch++
			}
			for {
				cur := maxBatch.Load()
				if batch <= cur || maxBatch.CompareAndSwap(cur, batch) {
					break
				}
			}
		}()
	}
	wg.Wait()

	keys := make([]string, 0, len(stats.counters))
	for k := range stats.counters {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		c := stats.counters[k]
		fmt.Printf("%-14s views=%4d uniques=%d\n", k, c.views.Load(), c.uniques.Load())
	}
	fmt.Println("total views:", total.Load())
	fmt.Println("largest batch:", maxBatch.Load())

	var flag atomic.Bool
	fmt.Println("breaking banner on:", flag.Load())
	if !flag.Swap(true) {
		fmt.Println("banner switched on")
	}
	fmt.Println("breaking banner on:", flag.Load())

	var edition atomic.Value
	edition.Store("morning")
	edition.Store("evening")
	fmt.Printf("edition: %v (%T)\n", edition.Load(), edition.Load())
}
