package main

import (
	"container/list"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// LRU is a small least-recently-used cache.
type LRU[K comparable, V any] struct {
	cap   int
	order *list.List
	items map[K]*list.Element
	hits  int
	miss  int
}

type entry[K comparable, V any] struct {
	key K
	val V
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, order: list.New(), items: make(map[K]*list.Element)}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if el, ok := c.items[k]; ok {
		c.hits++
		c.order.MoveToFront(el)
		return el.Value.(entry[K, V]).val, true
	}
	c.miss++
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) (evicted K, didEvict bool) {
	if el, ok := c.items[k]; ok {
		el.Value = entry[K, V]{k, v}
		c.order.MoveToFront(el)
		return evicted, false
	}
	c.items[k] = c.order.PushFront(entry[K, V]{k, v})
	if c.order.Len() > c.cap {
		last := c.order.Back()
		c.order.Remove(last)
		e := last.Value.(entry[K, V])
		delete(c.items, e.key)
		return e.key, true
	}
	return evicted, false
}

// Keys returns keys from most to least recently used.
func (c *LRU[K, V]) Keys() []K {
	out := make([]K, 0, c.order.Len())
	for el := c.order.Front(); el != nil; el = el.Next() {
		out = append(out, el.Value.(entry[K, V]).key)
	}
	return out
}

func (c *LRU[K, V]) String() string {
	return fmt.Sprintf("LRU(len=%d cap=%d hits=%d miss=%d)", len(c.items), c.cap, c.hits, c.miss)
}

// GetOrCompute fetches from the cache or computes and stores the value.
func GetOrCompute[K comparable, V any](c *LRU[K, V], k K, f func(K) V) V {
	if v, ok := c.Get(k); ok {
		return v
	}
	v := f(k)
	c.Put(k, v)
	return v
}

func main() {
	c := NewLRU[string, int](3)
	for _, w := range []string{"a", "b", "c"} {
		c.Put(w, len(w)*10)
	}
	fmt.Println("keys:", c.Keys())
	v, ok := c.Get("a")
	fmt.Println("get a:", v, ok)
	if k, ev := c.Put("d", 40); ev {
		fmt.Printf("evicted %q\n", k)
	}
	_, ok = c.Get("b")
	fmt.Println("b still present:", ok)
	fmt.Println("keys:", c.Keys())
	fmt.Println(c)

	calls := 0
	square := func(n int) string {
		calls++
		return strings.Repeat("*", n)
	}
	sc := NewLRU[int, string](2)
	for _, n := range []int{3, 1, 3, 3, 2, 1, 4, 3} {
		fmt.Printf("n=%d -> %-5q keys=%v\n", n, GetOrCompute(sc, n, square), sc.Keys())
	}
	fmt.Println("computed", calls, "times;", sc)
	fmt.Printf("%T\n", sc)

	snapshot := make(map[int]string)
	for _, k := range sc.Keys() {
		snapshot[k], _ = sc.Get(k)
	}
	fmt.Println("snapshot:", snapshot, "sorted keys:", slices.Sorted(maps.Keys(snapshot)))
}
