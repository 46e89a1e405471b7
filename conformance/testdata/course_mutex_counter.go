// Lab 2a: a shared counter.
// The unprotected version is a data race, so we only keep it as a comment
// in the report; the program runs the locked versions and checks the totals.
package main

import (
	"fmt"
	"sync"
)

// SafeCounter guards its map with a mutex.
type SafeCounter struct {
	mu     sync.Mutex
	total  int
	byName map[string]int
}

func NewSafeCounter() *SafeCounter {
	return &SafeCounter{byName: make(map[string]int)}
}

func (c *SafeCounter) Inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.total++
	c.byName[name]++
}

func (c *SafeCounter) Snapshot() (int, map[string]int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cp := make(map[string]int, len(c.byName))
	for k, v := range c.byName {
		cp[k] = v
	}
	return c.total, cp
}

// incrementAll starts g goroutines that each call inc k times.
func incrementAll(g, k int, inc func(id int)) {
	var wg sync.WaitGroup
	for id := 0; id < g; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range k {
				inc(id)
			}
		}()
	}
	wg.Wait()
}

func main() {
	names := []string{"alpha", "beta", "gamma", "delta"}

	// Experiment 1: a plain int protected by a mutex.
	var mu sync.Mutex
	counter := 0
	incrementAll(16, 5000, func(int) {
		mu.Lock()
		counter++
		mu.Unlock()
	})
	fmt.Println("experiment 1 (mutex around int)")
	fmt.Printf("  expected=%d got=%d\n", 16*5000, counter)

	// Experiment 2: the counter type with a map inside.
	sc := NewSafeCounter()
	incrementAll(12, 2500, func(id int) {
		sc.Inc(names[id%len(names)])
	})
	total, per := sc.Snapshot()
	fmt.Println("experiment 2 (SafeCounter)")
	fmt.Printf("  expected=%d got=%d\n", 12*2500, total)
	for _, n := range names {
		fmt.Printf("  %-6s %d\n", n, per[n])
	}

	// Experiment 3: several rounds with growing goroutine counts.
	fmt.Println("experiment 3 (scaling goroutines)")
	for _, g := range []int{1, 2, 4, 8, 32} {
		var m sync.Mutex
		c := 0
		incrementAll(g, 1000, func(int) {
			m.Lock()
			c++
			m.Unlock()
		})
		fmt.Printf("  goroutines=%2d counter=%5d correct=%v\n", g, c, c == g*1000)
	}
	fmt.Println("note: without the mutex the count is lost nondeterministically (not run)")
}
