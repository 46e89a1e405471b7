// Lab 2: protecting shared state with sync.Mutex.
package main

import (
	"fmt"
	"sync"
)

// Counter embeds a mutex; the zero value is ready to use.
type Counter struct {
	sync.Mutex
	n int
}

func (c *Counter) Inc() {
	c.Lock()
	defer c.Unlock()
	c.n++
}

func (c *Counter) Value() int {
	c.Lock()
	defer c.Unlock()
	return c.n
}

// Tally counts occurrences of keys in a map guarded by a mutex.
type Tally struct {
	mu     sync.Mutex
	counts map[string]int
}

func NewTally() *Tally { return &Tally{counts: make(map[string]int)} }

func (t *Tally) Add(key string, delta int) {
	t.mu.Lock()
	t.counts[key] += delta
	t.mu.Unlock()
}

// Snapshot returns a copy so callers never touch the guarded map.
func (t *Tally) Snapshot() map[string]int {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make(map[string]int, len(t.counts))
	for k, v := range t.counts {
		out[k] = v
	}
	return out
}

func main() {
	const goroutines = 50
	const perG = 200

	var c Counter
	var wg sync.WaitGroup
	for range goroutines {
		wg.Go(func() {
			for range perG {
				c.Inc()
			}
		})
	}
	wg.Wait()
	fmt.Printf("counter = %d (expected %d)\n", c.Value(), goroutines*perG)

	fruits := []string{"apple", "banana", "cherry", "date"}
	t := NewTally()
	for g := range 20 {
		wg.Go(func() {
			for i := range 10 {
				t.Add(fruits[(g+i)%len(fruits)], 1)
			}
		})
	}
	wg.Wait()

	snap := t.Snapshot()
	// fmt prints maps with sorted keys, so this line is deterministic.
	fmt.Println("tally:", snap)
	sum := 0
	for _, f := range fruits {
		fmt.Printf("  %-7s %3d\n", f, snap[f])
		sum += snap[f]
	}
	fmt.Println("sum of tally:", sum)

	// Showing that the lock protects a compound read-modify-write.
	var mu sync.Mutex
	balance := 100
	for i := range 10 {
		wg.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			if i%2 == 0 {
				balance += 10
			} else {
				balance -= 5
			}
		})
	}
	wg.Wait()
	fmt.Println("final balance:", balance)
}
