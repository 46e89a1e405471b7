package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func main() {
	// Each goroutine writes to its own slot: no lock needed, order fixed.
	ranges := [][2]int{{0, 100}, {100, 200}, {200, 300}, {300, 400}}
	counts := make([]int, len(ranges))
	var wg sync.WaitGroup
	for i, r := range ranges {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := r[0]; n < r[1]; n++ {
				if isPrime(n) {
					counts[i]++
				}
			}
		}()
	}
	wg.Wait()
	for i, r := range ranges {
		fmt.Printf("primes in [%d,%d): %d\n", r[0], r[1], counts[i])
	}

	// Mutex-protected map
	sc := SafeCounter{m: map[string]int{}}
	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	var wg2 sync.WaitGroup
	for _, w := range words {
		wg2.Go(func() { sc.Inc(w) })
	}
	wg2.Wait()
	fmt.Println("word counts:", sc.m)

	// Atomic counter
	var hits atomic.Int64
	var wg3 sync.WaitGroup
	for range 50 {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			for range 100 {
				hits.Add(1)
			}
		}()
	}
	wg3.Wait()
	fmt.Println("atomic hits:", hits.Load())

	// Collect through a channel, then sort for deterministic output
	out := make(chan string, len(words))
	var wg4 sync.WaitGroup
	for _, w := range words {
		wg4.Add(1)
		go func(s string) {
			defer wg4.Done()
			out <- strings.ToUpper(s)
		}(w)
	}
	wg4.Wait()
	close(out)
	var collected []string
	for s := range out {
		collected = append(collected, s)
	}
	sort.Strings(collected)
	fmt.Println("sorted uppercase:", collected)

	// sync.Once runs exactly once
	var once sync.Once
	initCount := 0
	var wg5 sync.WaitGroup
	for range 10 {
		wg5.Go(func() { once.Do(func() { initCount++ }) })
	}
	wg5.Wait()
	fmt.Println("once ran:", initCount, "time(s)")

	// sync.OnceValue caches a computed result
	calc := sync.OnceValue(func() int {
		fmt.Println("computing...")
		return 6 * 7
	})
	fmt.Println("value:", calc(), calc(), calc())
}
