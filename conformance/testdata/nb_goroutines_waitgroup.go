package main

import (
	"fmt"
	"maps"
	"slices"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	mu     sync.Mutex
	counts map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts[key]++
}

func (c *SafeCounter) Snapshot() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return maps.Clone(c.counts)
}

func square(n int) int { return n * n }

func sumRange(lo, hi int) int {
	s := 0
	for i := lo; i < hi; i++ {
		s += i
	}
	return s
}

func main() {
	// Step 1: each goroutine writes its own slot, so no lock is needed
	results := make([]int, 8)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = square(i)
		}()
	}
	wg.Wait()
	fmt.Println("step 1:", results)

	// Step 2: a shared counter protected by a Mutex
	var mu sync.Mutex
	total := 0
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				mu.Lock()
				total++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("step 2: total =", total)

	// Step 3: WaitGroup.Go (Go 1.25+)
	partial := make([]int, 4)
	for i := range partial {
		wg.Go(func() {
			partial[i] = sumRange(i*250, (i+1)*250)
		})
	}
	wg.Wait()
	fmt.Println("step 3: partial sums", partial)
	grand := 0
	for _, p := range partial {
		grand += p
	}
	fmt.Println("step 4: grand total", grand, "expected", sumRange(0, 1000))

	// Step 5: a struct with an embedded lock
	sc := SafeCounter{counts: map[string]int{}}
	words := []string{"go", "chan", "go", "mutex", "go", "chan"}
	for _, w := range words {
		wg.Go(func() { sc.Inc(w) })
	}
	wg.Wait()
	snap := sc.Snapshot()
	for _, k := range slices.Sorted(maps.Keys(snap)) {
		fmt.Printf("step 5: %-5s %d\n", k, snap[k])
	}

	// Step 6: atomic counters
	var hits atomic.Int64
	for range 20 {
		wg.Go(func() { hits.Add(5) })
	}
	wg.Wait()
	fmt.Println("step 6: hits =", hits.Load())

	// Step 7: sync.Once runs the init exactly once
	var once sync.Once
	var initCount atomic.Int32
	for range 10 {
		wg.Go(func() {
			once.Do(func() { initCount.Add(1) })
		})
	}
	wg.Wait()
	fmt.Println("step 7: init ran", initCount.Load(), "time(s)")

	// Step 8: collect unordered results, then sort before printing
	var collected []string
	for _, name := range []string{"delta", "alpha", "charlie", "bravo"} {
		wg.Go(func() {
			mu.Lock()
			collected = append(collected, name)
			mu.Unlock()
		})
	}
	wg.Wait()
	slices.Sort(collected)
	fmt.Println("step 8:", collected)

	// Step 9: RWMutex for many readers
	var rw sync.RWMutex
	config := map[string]string{"mode": "fast"}
	lengths := make([]int, 5)
	for i := range lengths {
		wg.Go(func() {
			rw.RLock()
			defer rw.RUnlock()
			lengths[i] = len(config["mode"]) + i
		})
	}
	wg.Wait()
	fmt.Println("step 9:", lengths)
}
