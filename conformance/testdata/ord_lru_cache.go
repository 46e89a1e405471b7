package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	hits    int
	misses  int
	evicted []K
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: make(map[K]*list.Element)}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if el, ok := c.items[k]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry[K, V]).val, true
	}
	c.misses++
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if el, ok := c.items[k]; ok {
		el.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(el)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		e := last.Value.(*entry[K, V])
		c.ll.Remove(last)
		delete(c.items, e.key)
		c.evicted = append(c.evicted, e.key)
	}
}

func (c *LRU[K, V]) Keys() []K {
	keys := make([]K, 0, c.ll.Len())
	for el := c.ll.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry[K, V]).key)
	}
	return keys
}

func (c *LRU[K, V]) String() string {
	var b strings.Builder
	b.WriteString("[")
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry[K, V])
		if el != c.ll.Front() {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%v:%v", e.key, e.val)
	}
	b.WriteString("]")
	return b.String()
}

func fib(n int, cache *LRU[int, uint64]) uint64 {
	if n < 2 {
		return uint64(n)
	}
	if v, ok := cache.Get(n); ok {
		return v
	}
	v := fib(n-1, cache) + fib(n-2, cache)
	cache.Put(n, v)
	return v
}

func main() {
	c := NewLRU[string, int](3)
	ops := []string{"put a 1", "put b 2", "get a", "put c 3", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d", "get a"}
	for _, op := range ops {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			var n int
			fmt.Sscanf(f[2], "%d", &n)
			c.Put(f[1], n)
			fmt.Printf("%-9s -> %v\n", op, c)
		case "get":
			v, ok := c.Get(f[1])
			fmt.Printf("%-9s -> %d %t %v\n", op, v, ok, c)
		}
	}
	fmt.Printf("hits=%d misses=%d evicted=%q keys=%q\n", c.hits, c.misses, c.evicted, c.Keys())

	fc := NewLRU[int, uint64](4)
	fmt.Println("fib(90) =", fib(90, fc))
	fmt.Printf("fib cache: hits=%d misses=%d size=%d %T\n", fc.hits, fc.misses, fc.ll.Len(), fc)
}
