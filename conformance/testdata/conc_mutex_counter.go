package main

import (
	"fmt"
	"sort"
	"sync"
)

// SafeCounter counts occurrences of keys and is safe for concurrent use.
type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func NewSafeCounter() *SafeCounter {
	return &SafeCounter{m: make(map[string]int)}
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func (c *SafeCounter) Keys() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	keys := make([]string, 0, len(c.m))
	for k := range c.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

const (
	goroutines = 8
	perG       = 1000
)

func main() {
	c := NewSafeCounter()
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < perG; i++ {
				c.Inc("total")
				if i%2 == 0 {
					c.Inc("even")
				}
				if id%2 == 1 {
					c.Inc("odd-worker")
				}
			}
		}(g)
	}
	wg.Wait()

	for _, k := range c.Keys() {
		fmt.Printf("%-10s %d\n", k, c.Value(k))
	}
	fmt.Println("expected total:", goroutines*perG, "ok:", c.Value("total") == goroutines*perG)
}
