package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Cache[K comparable, V any] struct {
	mu       sync.RWMutex
	data     map[K]V
	computes atomic.Int64
	lookups  atomic.Int64
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V)}
}

// GetOrCompute uses double-checked locking: a fast path under the read
// lock, then a re-check under the write lock before computing.
func (c *Cache[K, V]) GetOrCompute(key K, f func(K) V) V {
	c.lookups.Add(1)
	c.mu.RLock()
	v, ok := c.data[key]
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[key]; ok {
		return v
	}
	c.computes.Add(1)
	v = f(key)
	c.data[key] = v
	return v
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

func (c *Cache[K, V]) Get(key K) (V, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[key]
	return v, ok
}

func slowFib(n int) uint64 {
	a, b := uint64(0), uint64(1)
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	cache := NewCache[int, uint64]()
	const readers = 8
	const perReader = 40
	sums := make([]uint64, readers)

	var wg sync.WaitGroup
	for r := 0; r < readers; r++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			var s uint64
			for i := 0; i < perReader; i++ {
				key := (id*7 + i*3) % 25
				s += cache.GetOrCompute(key, slowFib)
			}
			sums[id] = s
		}(r)
	}
	wg.Wait()

	fmt.Println("lookups:", cache.lookups.Load())
	fmt.Println("computes (distinct keys):", cache.computes.Load())
	for r, s := range sums {
		fmt.Printf("reader %d checksum %d\n", r, s)
	}

	keys := cache.Keys()
	sort.Ints(keys)
	fmt.Println("cached keys:", len(keys))
	for _, k := range keys {
		v, _ := cache.Get(k)
		if k%3 == 0 {
			fmt.Printf("  fib(%2d) = %d\n", k, v)
		}
	}
	_, ok := cache.Get(99)
	fmt.Println("key 99 cached:", ok)
}
