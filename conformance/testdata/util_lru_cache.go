package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key   K
	value V
}

type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	OnEvict func(K, V)
	hits    int
	misses  int
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: map[K]*list.Element{}}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if el, ok := c.items[k]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry[K, V]).value, true
	}
	c.misses++
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if el, ok := c.items[k]; ok {
		el.Value.(*entry[K, V]).value = v
		c.ll.MoveToFront(el)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		oldest := c.ll.Back()
		c.ll.Remove(oldest)
		e := oldest.Value.(*entry[K, V])
		delete(c.items, e.key)
		if c.OnEvict != nil {
			c.OnEvict(e.key, e.value)
		}
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
	var sb strings.Builder
	sb.WriteString("[")
	for i, k := range c.Keys() {
		if i > 0 {
			sb.WriteString(" ")
		}
		fmt.Fprint(&sb, k)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	cache := NewLRU[string, int](3)
	var evicted []string
	cache.OnEvict = func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s=%d", k, v))
	}

	ops := []string{"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d", "get a"}
	for _, op := range ops {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			var v int
			fmt.Sscanf(f[2], "%d", &v)
			cache.Put(f[1], v)
			fmt.Printf("%-9s -> %v\n", op, cache)
		case "get":
			v, ok := cache.Get(f[1])
			fmt.Printf("%-9s -> %v (%d, %t)\n", op, cache, v, ok)
		}
	}
	fmt.Println("evicted:", evicted)
	fmt.Printf("hits=%d misses=%d ratio=%.2f\n", cache.hits, cache.misses,
		float64(cache.hits)/float64(cache.hits+cache.misses))

	// memoize an expensive function with the same cache type
	calls := 0
	fib := NewLRU[int, uint64](100)
	var f func(int) uint64
	f = func(n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		if v, ok := fib.Get(n); ok {
			return v
		}
		calls++
		v := f(n-1) + f(n-2)
		fib.Put(n, v)
		return v
	}
	fmt.Println("fib(80) =", f(80), "computed", calls, "values")
}
