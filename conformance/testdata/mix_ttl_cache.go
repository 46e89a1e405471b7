package main

import (
	"fmt"
	"sync"
	"time"
)

type Clock interface{ Now() time.Time }

type FakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *FakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *FakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

type entry[V any] struct {
	val     V
	expires time.Time
}

type Cache[K comparable, V any] struct {
	mu           sync.Mutex
	clock        Clock
	ttl          time.Duration
	items        map[K]entry[V]
	hits, misses int
}

func NewCache[K comparable, V any](c Clock, ttl time.Duration) *Cache[K, V] {
	return &Cache[K, V]{clock: c, ttl: ttl, items: make(map[K]entry[V])}
}

func (c *Cache[K, V]) Set(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = entry[V]{v, c.clock.Now().Add(c.ttl)}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[k]
	if !ok || !c.clock.Now().Before(e.expires) {
		delete(c.items, k)
		c.misses++
		var zero V
		return zero, false
	}
	c.hits++
	return e.val, true
}

func (c *Cache[K, V]) GetOrLoad(k K, load func(K) V) V {
	if v, ok := c.Get(k); ok {
		return v
	}
	v := load(k)
	c.Set(k, v)
	return v
}

func main() {
	clk := &FakeClock{now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	cache := NewCache[string, int](clk, 30*time.Second)
	loads := 0
	square := func(s string) int { loads++; return len(s) * len(s) }
	for step, key := range []string{"go", "rust", "go", "+10s", "go", "+25s", "go", "rust", "+31s", "rust"} {
		if key[0] == '+' {
			d, _ := time.ParseDuration(key[1:])
			clk.Advance(d)
			fmt.Printf("%2d advance %v -> %s\n", step, d, clk.Now().Format(time.TimeOnly))
			continue
		}
		fmt.Printf("%2d get %-5q = %2d (loads=%d)\n", step, key, cache.GetOrLoad(key, square), loads)
	}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			cache.Set(fmt.Sprint("k", i%4), i%4)
			cache.Get(fmt.Sprint("k", (i+1)%4))
		})
	}
	wg.Wait()
	fmt.Printf("hits+misses=%d items=%d\n", cache.hits+cache.misses, len(cache.items))
	clk.Advance(time.Minute)
	_, ok := cache.Get("k1")
	fmt.Println("k1 after 1m:", ok, "items:", len(cache.items))
}
