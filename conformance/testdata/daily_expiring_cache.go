package main

import (
	"fmt"
	"slices"
	"time"
)

type entry[V any] struct {
	value   V
	expires time.Time
}

type Cache[K comparable, V any] struct {
	ttl    time.Duration
	now    func() time.Time
	items  map[K]entry[V]
	hits   int
	misses int
}

func NewCache[K comparable, V any](ttl time.Duration, now func() time.Time) *Cache[K, V] {
	return &Cache[K, V]{ttl: ttl, now: now, items: make(map[K]entry[V])}
}

func (c *Cache[K, V]) Set(k K, v V) { c.items[k] = entry[V]{v, c.now().Add(c.ttl)} }

func (c *Cache[K, V]) SetTTL(k K, v V, ttl time.Duration) {
	c.items[k] = entry[V]{v, c.now().Add(ttl)}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	e, ok := c.items[k]
	if !ok || !c.now().Before(e.expires) {
		if ok {
			delete(c.items, k)
		}
		c.misses++
		var zero V
		return zero, false
	}
	c.hits++
	return e.value, true
}

func (c *Cache[K, V]) Sweep() []K {
	var removed []K
	for k, e := range c.items {
		if !c.now().Before(e.expires) {
			delete(c.items, k)
			removed = append(removed, k)
		}
	}
	return removed
}

func main() {
	clock := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	advance := func(d time.Duration) { clock = clock.Add(d) }
	c := NewCache[string, int](10*time.Second, func() time.Time { return clock })

	c.Set("a", 1)
	c.Set("b", 2)
	c.SetTTL("c", 3, time.Minute)
	c.SetTTL("d", 4, 5*time.Second)

	show := func(keys ...string) {
		for _, k := range keys {
			v, ok := c.Get(k)
			fmt.Printf("  %s=%d,%t", k, v, ok)
		}
		fmt.Println()
	}
	fmt.Print("t+0s: ")
	show("a", "b", "c", "d", "zz")
	advance(5 * time.Second)
	fmt.Print("t+5s: ")
	show("a", "d")
	advance(4*time.Second + 999*time.Millisecond)
	c.Set("b", 20)
	fmt.Print("t+9.999s: ")
	show("a", "b")
	advance(time.Millisecond)
	fmt.Print("t+10s: ")
	show("a", "b")
	advance(15 * time.Second)
	removed := c.Sweep()
	slices.Sort(removed)
	fmt.Println("sweep at", clock.Format(time.TimeOnly), "removed", removed, "left", len(c.items))
	fmt.Print("t+25s: ")
	show("c")
	fmt.Printf("hits=%d misses=%d\n", c.hits, c.misses)
}
