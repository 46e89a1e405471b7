package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

type Cache struct {
	mu     sync.RWMutex
	data   map[int]int
	misses atomic.Int64
	hits   atomic.Int64
}

func NewCache() *Cache { return &Cache{data: map[int]int{}} }

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

// GetOrCompute returns the cached value or computes it.
// Computation may happen more than once for the same key under races,
// but the stored value is always the same since f is pure.
func (c *Cache) GetOrCompute(k int, f func(int) int) int {
	if v, ok := c.Get(k); ok {
		c.hits.Add(1)
		return v
	}
	c.misses.Add(1)
	v := f(k)
	c.Set(k, v)
	return v
}

func (c *Cache) Snapshot() map[int]int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	out := make(map[int]int, len(c.data))
	for k, v := range c.data {
		out[k] = v
	}
	return out
}

func cube(n int) int { return n * n * n }

func main() {
	c := NewCache()
	var wg sync.WaitGroup
	sums := make([]int, 6)
	for r := range 6 {
		wg.Go(func() {
			for k := 1; k <= 10; k++ {
				sums[r] += c.GetOrCompute(k, cube)
			}
		})
	}
	wg.Wait()

	fmt.Println("per-reader sums:", sums)
	snap := c.Snapshot()
	keys := make([]int, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%2d^3 = %4d\n", k, snap[k])
	}
	fmt.Println("lookups:", c.hits.Load()+c.misses.Load())
	fmt.Println("at least 10 misses:", c.misses.Load() >= 10)
}
