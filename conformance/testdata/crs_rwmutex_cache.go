// Lab 3: a read-mostly cache protected by sync.RWMutex.
package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Cache struct {
	mu     sync.RWMutex
	data   map[string]int
	hits   int
	misses int
	statMu sync.Mutex
}

func NewCache() *Cache {
	return &Cache{data: make(map[string]int)}
}

func (c *Cache) Get(key string) (int, bool) {
	c.mu.RLock()
	v, ok := c.data[key]
	c.mu.RUnlock()
	c.statMu.Lock()
	if ok {
		c.hits++
	} else {
		c.misses++
	}
	c.statMu.Unlock()
	return v, ok
}

func (c *Cache) Set(key string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[key] = v
}

func (c *Cache) Snapshot() map[string]int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	out := make(map[string]int, len(c.data))
	for k, v := range c.data {
		out[k] = v
	}
	return out
}

func main() {
	c := NewCache()
	keys := []string{"alpha", "beta", "gamma", "delta", "epsilon"}

	// Writers populate the cache first, so every reader sees a full cache.
	var wg sync.WaitGroup
	for i, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Set(k, (i+1)*len(k))
		}()
	}
	wg.Wait()

	// Many concurrent readers; half of their lookups use unknown keys.
	const readers = 10
	sums := make([]int, readers)
	for r := 0; r < readers; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, k := range keys {
				if v, ok := c.Get(k); ok {
					sums[r] += v
				}
				if _, ok := c.Get(strings.ToUpper(k)); ok {
					sums[r] += 1000
				}
			}
		}()
	}
	wg.Wait()

	snap := c.Snapshot()
	names := make([]string, 0, len(snap))
	for k := range snap {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, k := range names {
		fmt.Printf("%-8s = %3d\n", k, snap[k])
	}
	fmt.Println("reader sums:", sums)
	fmt.Printf("hits=%d misses=%d\n", c.hits, c.misses)
}
