// Homework 2, problem 6: reader-writer counters with sync.RWMutex.
// Writers bump a per-key counter and a running total under the write lock.
// Readers take snapshots under the read lock and verify the invariant
// "sum of per-key counters == total". Any reader seeing a violation would
// indicate a torn read; with the RWMutex there must be none.
package main

import (
	"fmt"
	"sort"
	"sync"
)

// Stats is a set of named counters protected by an RWMutex.
type Stats struct {
	mu     sync.RWMutex
	counts map[string]int
	total  int
}

func NewStats() *Stats { return &Stats{counts: make(map[string]int)} }

func (s *Stats) Inc(key string, by int) {
	s.mu.Lock()
	s.counts[key] += by
	s.total += by
	s.mu.Unlock()
}

// Consistent reports whether the snapshot seen by a reader is consistent.
func (s *Stats) Consistent() bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	sum := 0
	for _, v := range s.counts {
		sum += v
	}
	return sum == s.total
}

// ReaderReport is what each reader goroutine returns.
type ReaderReport struct {
	Reads      int
	Violations int
}

func main() {
	keys := []string{"alpha", "beta", "gamma", "delta"}
	stats := NewStats()
	const writers, readers, writesEach, readsEach = 3, 4, 200, 50

	var wg sync.WaitGroup
	for w := 0; w < writers; w++ {
		wg.Go(func() {
			for i := 0; i < writesEach; i++ {
				stats.Inc(keys[(w+i)%len(keys)], w+1)
			}
		})
	}
	reports := make([]ReaderReport, readers)
	for r := 0; r < readers; r++ {
		wg.Go(func() {
			for i := 0; i < readsEach; i++ {
				reports[r].Reads++
				if !stats.Consistent() {
					reports[r].Violations++
				}
			}
		})
	}
	wg.Wait()

	fmt.Println("RWMutex counters report")
	sorted := make([]string, 0, len(stats.counts))
	for k := range stats.counts {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	for _, k := range sorted {
		fmt.Printf("%-6s %d\n", k, stats.counts[k])
	}
	fmt.Println("total:", stats.total)
	reads, violations := 0, 0
	for _, r := range reports {
		reads += r.Reads
		violations += r.Violations
	}
	fmt.Println("snapshots read:", reads)
	fmt.Println("inconsistent snapshots:", violations)
	fmt.Println("expected total:", writesEach*(1+2+3))
}
