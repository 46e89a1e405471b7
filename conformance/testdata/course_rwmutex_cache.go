// Lab 4c: a read-mostly cache with sync.RWMutex.
// Lookups take the read lock; a miss takes the write lock to insert an entry
// whose value is computed exactly once via sync.Once, even if many goroutines
// ask for the same key at the same moment.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type entry struct {
	once  sync.Once
	value int
}

type Cache struct {
	mu       sync.RWMutex
	entries  map[int]*entry
	compute  func(int) int
	computed atomic.Int64
	lookups  atomic.Int64
}

func NewCache(f func(int) int) *Cache {
	return &Cache{entries: make(map[int]*entry), compute: f}
}

func (c *Cache) Get(key int) int {
	c.lookups.Add(1)
	c.mu.RLock()
	e, ok := c.entries[key]
	c.mu.RUnlock()
	if !ok {
		c.mu.Lock()
		e, ok = c.entries[key] // check again: someone may have inserted it
		if !ok {
			e = &entry{}
			c.entries[key] = e
		}
		c.mu.Unlock()
	}
	e.once.Do(func() {
		c.computed.Add(1)
		e.value = c.compute(key)
	})
	return e.value
}

func (c *Cache) Keys() []int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	keys := make([]int, 0, len(c.entries))
	for k := range c.entries {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return keys
}

// aliquotLength is a deliberately slow function: it counts the number of
// divisor-sum iterations until the value repeats or drops to 1.
func aliquotLength(n int) int {
	seen := map[int]bool{}
	steps := 0
	for n > 1 && !seen[n] && steps < 30 {
		seen[n] = true
		s := 1
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				s += d
				if d*d != n {
					s += n / d
				}
			}
		}
		n = s
		steps++
	}
	return steps
}

func main() {
	cache := NewCache(aliquotLength)
	const readers = 8
	results := make([]int, readers)
	var wg sync.WaitGroup
	for r := 0; r < readers; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum := 0
			for i := 0; i < 130+r*10; i++ {
				key := 10 + (i*7+r*3)%40 // lots of overlapping keys
				sum += cache.Get(key)
			}
			results[r] = sum
		}()
	}
	wg.Wait()

	for r, s := range results {
		fmt.Printf("reader %d: checksum %d\n", r, s)
	}
	fmt.Println("lookups:", cache.lookups.Load())
	fmt.Println("distinct keys:", len(cache.Keys()))
	fmt.Println("values computed:", cache.computed.Load())
	for _, k := range []int{10, 12, 25, 28, 30, 49} {
		fmt.Printf("aliquot length of %d = %d\n", k, cache.Get(k))
	}
	fmt.Println("values computed after extra lookups:", cache.computed.Load())
}
