package main

import (
	"container/list"
	"fmt"
)

type entry[K comparable, V any] struct {
	key   K
	value V
}

// LRU is a fixed-capacity cache that evicts the least recently used entry.
type LRU[K comparable, V any] struct {
	capacity  int
	order     *list.List
	items     map[K]*list.Element
	hits      int
	misses    int
	evictions int
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{capacity: capacity, order: list.New(), items: map[K]*list.Element{}}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if el, ok := c.items[k]; ok {
		c.order.MoveToFront(el)
		c.hits++
		return el.Value.(entry[K, V]).value, true
	}
	c.misses++
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if el, ok := c.items[k]; ok {
		el.Value = entry[K, V]{k, v}
		c.order.MoveToFront(el)
		return
	}
	c.items[k] = c.order.PushFront(entry[K, V]{k, v})
	if c.order.Len() > c.capacity {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(entry[K, V]).key)
		c.evictions++
	}
}

// Keys returns keys from most to least recently used.
func (c *LRU[K, V]) Keys() []K {
	keys := make([]K, 0, c.order.Len())
	for el := c.order.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(entry[K, V]).key)
	}
	return keys
}

func (c *LRU[K, V]) Stats() string {
	return fmt.Sprintf("hits=%d misses=%d evictions=%d size=%d", c.hits, c.misses, c.evictions, c.order.Len())
}

// Memoize wraps a recursive function so that its calls go through an LRU cache.
func Memoize[K comparable, V any](capacity int, f func(self func(K) V, k K) V) (func(K) V, *LRU[K, V]) {
	cache := NewLRU[K, V](capacity)
	var g func(K) V
	g = func(k K) V {
		if v, ok := cache.Get(k); ok {
			return v
		}
		v := f(g, k)
		cache.Put(k, v)
		return v
	}
	return g, cache
}

type grid struct{ r, c int }

func main() {
	c := NewLRU[string, int](3)
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e", "a", "c"} {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i)
		}
		fmt.Printf("access %s -> %v\n", k, c.Keys())
	}
	fmt.Println(c.Stats())

	for _, capacity := range []int{1, 2, 3, 64} {
		fib, cache := Memoize(capacity, func(self func(int) uint64, n int) uint64 {
			if n < 2 {
				return uint64(n)
			}
			return self(n-1) + self(n-2)
		})
		fmt.Printf("fib(18)=%d with capacity %3d: %s\n", fib(18), capacity, cache.Stats())
	}

	// Lattice paths through a 12x12 grid, avoiding blocked cells.
	blocked := map[grid]bool{{3, 4}: true, {7, 7}: true, {10, 2}: true, {11, 9}: true}
	for _, capacity := range []int{8, 16, 300} {
		paths, cache := Memoize(capacity, func(self func(grid) int64, g grid) int64 {
			switch {
			case g.r < 0 || g.c < 0 || blocked[g]:
				return 0
			case g.r == 0 && g.c == 0:
				return 1
			}
			return self(grid{g.r - 1, g.c}) + self(grid{g.r, g.c - 1})
		})
		fmt.Printf("paths to (11,11) with capacity %3d: %d, %s\n", capacity, paths(grid{11, 11}), cache.Stats())
	}
}
