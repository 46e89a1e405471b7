// Handout 15: a read-mostly cache guarded by sync.RWMutex.
// Many readers may hold the read lock together; writers are exclusive.
// Phases are separated so every printed number is deterministic.
package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

type Cache[K comparable, V any] struct {
	mu     sync.RWMutex
	data   map[K]V
	reads  atomic.Int64
	writes atomic.Int64
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V)}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	c.reads.Add(1)
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache[K, V]) Set(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.writes.Add(1)
	c.data[k] = v
}

// Update applies f to the current value atomically with respect to other writers.
func (c *Cache[K, V]) Update(k K, f func(V) V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.writes.Add(1)
	c.data[k] = f(c.data[k])
}

func (c *Cache[K, V]) Keys() []K {
	c.mu.RLock()
	defer c.mu.RUnlock()
	keys := make([]K, 0, len(c.data))
	for k := range c.data {
		keys = append(keys, k)
	}
	return keys
}

func main() {
	c := NewCache[string, int]()
	courses := []string{"CS101", "CS240", "CS351", "CS415", "CS470", "CS522", "CS580"}
	for i, name := range courses {
		c.Set(name, 10*(i+1))
	}

	// Phase 1: concurrent readers only.
	const readers = 6
	sums := make([]int, readers)
	var wg sync.WaitGroup
	for r := range readers {
		wg.Go(func() {
			for _, name := range courses {
				if v, ok := c.Get(name); ok {
					sums[r] += v
				}
			}
		})
	}
	wg.Wait()
	for r, s := range sums {
		fmt.Printf("reader %d saw enrolment total %d\n", r, s)
	}

	// Phase 2: concurrent writers enrolling students (commutative updates).
	for w := range 5 {
		wg.Go(func() {
			for _, name := range courses {
				c.Update(name, func(v int) int { return v + w + 1 })
			}
		})
	}
	wg.Wait()

	keys := c.Keys()
	slices.Sort(keys)
	for _, k := range keys {
		v, _ := c.Get(k)
		fmt.Printf("%s: %d students\n", k, v)
	}
	fmt.Println("reads:", c.reads.Load(), "writes:", c.writes.Load())
}
