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
	hits   atomic.Int64
	misses atomic.Int64
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V)}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	if ok {
		c.hits.Add(1)
	} else {
		c.misses.Add(1)
	}
	return v, ok
}

// GetOrCompute uses the read lock first and only upgrades when needed.
func (c *Cache[K, V]) GetOrCompute(k K, compute func(K) V) V {
	if v, ok := c.Get(k); ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		return v
	}
	v := compute(k)
	c.data[k] = v
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

func digitSum(n int) int {
	s := 0
	for n > 0 {
		s += n % 10
		n /= 10
	}
	return s
}

func main() {
	cache := NewCache[int, int]()
	var computed atomic.Int64

	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				key := (g*7 + i) % 12 * 111
				cache.GetOrCompute(key, func(k int) int {
					computed.Add(1)
					return digitSum(k)
				})
			}
		}()
	}
	wg.Wait()

	keys := cache.Keys()
	slices.Sort(keys)
	fmt.Printf("%d keys cached\n", len(keys))
	for _, k := range keys {
		v, _ := cache.Get(k)
		fmt.Printf("  digitSum(%4d) = %2d\n", k, v)
	}
	fmt.Println("compute calls:", computed.Load())
	fmt.Println("lookups recorded:", cache.hits.Load()+cache.misses.Load() >= 400)
	_, ok := cache.Get(5)
	fmt.Println("key 5 present:", ok)
}
