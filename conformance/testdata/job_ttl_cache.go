package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type Clock interface{ Now() time.Time }

type testClock struct {
	mu sync.RWMutex
	t  time.Time
}

func (c *testClock) Now() time.Time { c.mu.RLock(); defer c.mu.RUnlock(); return c.t }
func (c *testClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

type entry[V any] struct {
	value   V
	expires time.Time
}

type Cache[K comparable, V any] struct {
	mu     sync.Mutex
	clock  Clock
	ttl    time.Duration
	items  map[K]entry[V]
	hits   atomic.Int64
	misses atomic.Int64
	loads  atomic.Int64
}

func NewCache[K comparable, V any](c Clock, ttl time.Duration) *Cache[K, V] {
	return &Cache[K, V]{clock: c, ttl: ttl, items: make(map[K]entry[V])}
}

func (c *Cache[K, V]) SetTTL(k K, v V, ttl time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = entry[V]{value: v, expires: c.clock.Now().Add(ttl)}
}

func (c *Cache[K, V]) Set(k K, v V) { c.SetTTL(k, v, c.ttl) }

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[k]
	if !ok || !c.clock.Now().Before(e.expires) {
		c.misses.Add(1)
		var zero V
		return zero, false
	}
	c.hits.Add(1)
	return e.value, true
}

func (c *Cache[K, V]) GetOrLoad(k K, load func(K) V) V {
	if v, ok := c.Get(k); ok {
		return v
	}
	c.loads.Add(1)
	v := load(k)
	c.Set(k, v)
	return v
}

// Sweep removes expired entries and returns how many were dropped.
func (c *Cache[K, V]) Sweep() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.clock.Now()
	n := 0
	for k, e := range c.items {
		if !now.Before(e.expires) {
			delete(c.items, k)
			n++
		}
	}
	return n
}

func (c *Cache[K, V]) Keys() []K {
	c.mu.Lock()
	defer c.mu.Unlock()
	keys := make([]K, 0, len(c.items))
	for k := range c.items {
		keys = append(keys, k)
	}
	return keys
}

func main() {
	clk := &testClock{t: time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC)}
	cache := NewCache[string, int](clk, 30*time.Second)
	cache.Set("alpha", 1)
	cache.Set("beta", 2)
	cache.Set("gamma", 3)
	cache.SetTTL("session", 99, 5*time.Second)

	clk.Add(10 * time.Second)
	_, ok := cache.Get("session")
	fmt.Println("session after 10s present:", ok)

	var wg sync.WaitGroup
	var sum atomic.Int64
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				for _, k := range []string{"alpha", "beta", "gamma", "missing"} {
					if v, ok := cache.Get(k); ok {
						sum.Add(int64(v))
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Printf("concurrent reads: hits=%d misses=%d sum=%d\n", cache.hits.Load(), cache.misses.Load(), sum.Load())

	square := func(k string) int { return len(k) * len(k) }
	fmt.Println("load delta:", cache.GetOrLoad("delta", square), "again:", cache.GetOrLoad("delta", square), "loads:", cache.loads.Load())

	clk.Add(25 * time.Second)
	keys := cache.Keys()
	sort.Strings(keys)
	fmt.Println("keys before sweep:", keys)
	fmt.Println("swept:", cache.Sweep())
	keys = cache.Keys()
	sort.Strings(keys)
	fmt.Println("keys after sweep:", keys)

	clk.Add(6 * time.Second)
	_, ok = cache.Get("delta")
	fmt.Println("delta after 31s present:", ok)
	fmt.Printf("final stats: hits=%d misses=%d loads=%d\n", cache.hits.Load(), cache.misses.Load(), cache.loads.Load())
}
