// A concurrency-safe generic cache with Get/Set guarded by sync.RWMutex.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

type Cache[K comparable, V any] struct {
	mu           sync.RWMutex
	items        map[K]V
	hits, misses atomic.Int64 // updated under a read lock, so atomic
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{items: make(map[K]V)}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.items[k]
	if ok {
		c.hits.Add(1)
	} else {
		c.misses.Add(1)
	}
	return v, ok
}

func (c *Cache[K, V]) Set(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = v
}

func (c *Cache[K, V]) GetOrCompute(k K, compute func(K) V) V {
	if v, ok := c.Get(k); ok {
		return v
	}
	v := compute(k)
	c.Set(k, v)
	return v
}

func (c *Cache[K, V]) Keys(less func(a, b K) int) []K {
	c.mu.RLock()
	defer c.mu.RUnlock()
	keys := slices.Collect(maps.Keys(c.items))
	slices.SortFunc(keys, less)
	return keys
}

func collatzSteps(n int) int {
	steps := 0
	for ; n != 1; steps++ {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
	}
	return steps
}

func main() {
	cache := NewCache[int, int]()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 1; n <= 30; n++ {
				cache.GetOrCompute(n+g%2, collatzSteps)
			}
		}()
	}
	wg.Wait()
	fmt.Println("entries:", len(cache.Keys(func(a, b int) int { return a - b })))
	fmt.Println("lookups:", cache.hits.Load()+cache.misses.Load())
	for _, k := range []int{1, 7, 27, 31} {
		v, ok := cache.Get(k)
		fmt.Printf("steps(%d) = %d cached=%v\n", k, v, ok)
	}

	names := NewCache[string, []string]()
	for k, v := range map[string][]string{"b": {"bee"}, "a": {"ant", "ape"}, "c": nil} {
		names.Set(k, v)
	}
	for _, k := range names.Keys(strings.Compare) {
		v, _ := names.Get(k)
		fmt.Printf("%s -> %q\n", k, v)
	}
	_, ok := names.Get("zzz")
	fmt.Println("zzz present:", ok, "| misses > 0:", names.misses.Load() > 0)
}
