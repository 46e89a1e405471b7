// A generic cache with per-entry TTL and LRU-capacity eviction over a fake clock.
package main

import (
	"container/list"
	"fmt"
	"time"
)

type Clock interface{ Now() time.Duration }

type ManualClock struct{ t time.Duration }

func (c *ManualClock) Now() time.Duration      { return c.t }
func (c *ManualClock) Advance(d time.Duration) { c.t += d }

type entry[K comparable, V any] struct {
	key     K
	val     V
	expires time.Duration
}

type EvictReason int

const (
	Expired EvictReason = iota
	Capacity
	Deleted
)

func (r EvictReason) String() string { return [...]string{"expired", "capacity", "deleted"}[r] }

type Cache[K comparable, V any] struct {
	clock   Clock
	ttl     time.Duration
	cap     int
	order   *list.List // front = most recently used
	items   map[K]*list.Element
	OnEvict func(k K, v V, why EvictReason)
	hits    int
	misses  int
}

func NewCache[K comparable, V any](c Clock, ttl time.Duration, capacity int) *Cache[K, V] {
	return &Cache[K, V]{clock: c, ttl: ttl, cap: capacity, order: list.New(), items: map[K]*list.Element{}}
}

func (c *Cache[K, V]) remove(el *list.Element, why EvictReason) {
	e := el.Value.(*entry[K, V])
	c.order.Remove(el)
	delete(c.items, e.key)
	if c.OnEvict != nil {
		c.OnEvict(e.key, e.val, why)
	}
}

func (c *Cache[K, V]) Set(k K, v V) {
	if el, ok := c.items[k]; ok {
		e := el.Value.(*entry[K, V])
		e.val, e.expires = v, c.clock.Now()+c.ttl
		c.order.MoveToFront(el)
		return
	}
	c.items[k] = c.order.PushFront(&entry[K, V]{k, v, c.clock.Now() + c.ttl})
	for c.order.Len() > c.cap {
		c.remove(c.order.Back(), Capacity)
	}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	el, ok := c.items[k]
	if ok {
		e := el.Value.(*entry[K, V])
		if c.clock.Now() < e.expires {
			c.hits++
			c.order.MoveToFront(el)
			return e.val, true
		}
		c.remove(el, Expired)
	}
	c.misses++
	var zero V
	return zero, false
}

func (c *Cache[K, V]) Delete(k K) {
	if el, ok := c.items[k]; ok {
		c.remove(el, Deleted)
	}
}

// Sweep removes every expired entry, oldest-used first.
func (c *Cache[K, V]) Sweep() int {
	n := 0
	for el := c.order.Back(); el != nil; {
		prev := el.Prev()
		if c.clock.Now() >= el.Value.(*entry[K, V]).expires {
			c.remove(el, Expired)
			n++
		}
		el = prev
	}
	return n
}

func main() {
	clock := &ManualClock{}
	c := NewCache[string, int](clock, 10*time.Second, 3)
	c.OnEvict = func(k string, v int, why EvictReason) {
		fmt.Printf("    evict %s=%d (%v) at %v\n", k, v, why, clock.Now())
	}
	get := func(k string) {
		v, ok := c.Get(k)
		fmt.Printf("  t=%-4v get %-5s -> %d %t\n", clock.Now(), k, v, ok)
	}
	c.Set("alpha", 1)
	clock.Advance(2 * time.Second)
	c.Set("beta", 2)
	clock.Advance(2 * time.Second)
	c.Set("gamma", 3)
	get("alpha")
	c.Set("delta", 4) // beta is least recently used
	get("beta")
	clock.Advance(7 * time.Second)
	get("alpha")
	get("gamma")
	c.Set("gamma", 30)
	c.Delete("delta")
	clock.Advance(5 * time.Second)
	c.Set("eps", 5)
	fmt.Printf("  sweep removed %d\n", c.Sweep())
	get("gamma")
	get("eps")
	clock.Advance(20 * time.Second)
	fmt.Printf("  sweep removed %d\n", c.Sweep())

	words := NewCache[int, []string](clock, time.Minute, 2)
	words.Set(1, []string{"a"})
	words.Set(2, []string{"b", "c"})
	v, ok := words.Get(2)
	fmt.Printf("  generic slice value: %v %t len=%d\n", v, ok, words.order.Len())
	fmt.Printf("hits=%d misses=%d size=%d\n", c.hits, c.misses, len(c.items))
}
