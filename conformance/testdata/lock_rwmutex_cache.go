package main

import (
	"fmt"
	"slices"
	"sync"
)

// Cache is a string->int map guarded by a RWMutex. Lookups take the
// read lock, so many of them can proceed at once; inserts take the
// write lock.
type Cache struct {
	mu     sync.RWMutex
	data   map[string]int
	hits   int
	misses int
	statMu sync.Mutex // hits/misses are written while holding only the read lock
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

func (c *Cache) Put(key string, v int) {
	c.mu.Lock()
	c.data[key] = v
	c.mu.Unlock()
}

// GetOrCompute checks under the read lock, then upgrades by taking the
// write lock and checking again.
func (c *Cache) GetOrCompute(key string, f func(string) int) int {
	if v, ok := c.Get(key); ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[key]; ok {
		return v
	}
	v := f(key)
	c.data[key] = v
	return v
}

func (c *Cache) Keys() []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	keys := make([]string, 0, len(c.data))
	for k := range c.data {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func wordScore(w string) int {
	s := 0
	for _, r := range w {
		s += int(r-'a') + 1
	}
	return s
}

func main() {
	c := NewCache()
	words := []string{"mutex", "lock", "chan", "select", "atomic", "cond", "once"}

	var computeMu sync.Mutex
	computed := map[string]int{}
	score := func(w string) int {
		computeMu.Lock()
		computed[w]++
		computeMu.Unlock()
		return wordScore(w)
	}

	var wg sync.WaitGroup
	for r := 0; r < 6; r++ {
		for _, w := range words {
			wg.Go(func() {
				c.GetOrCompute(w, score)
			})
		}
	}
	wg.Wait()

	for _, k := range c.Keys() {
		v, _ := c.Get(k)
		fmt.Printf("%-7s score=%3d computed=%d\n", k, v, computed[k])
	}

	c.Put("go", wordScore("go"))
	_, ok := c.Get("go")
	_, ok2 := c.Get("rust")
	fmt.Println("go cached:", ok, "rust cached:", ok2)
	fmt.Println("entries:", len(c.Keys()))
	fmt.Println("total lookups:", c.hits+c.misses)
}
