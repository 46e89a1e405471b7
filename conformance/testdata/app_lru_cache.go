package main

import (
	"fmt"
	"strings"
)

type node[K comparable, V any] struct {
	key        K
	val        V
	prev, next *node[K, V]
}

// LRU is a fixed-capacity cache; the most recently used entry sits right after head.
type LRU[K comparable, V any] struct {
	cap     int
	items   map[K]*node[K, V]
	head    node[K, V] // sentinel: head.next is newest, head.prev is oldest
	OnEvict func(K, V)
	hits    int
	misses  int
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	c := &LRU[K, V]{cap: capacity, items: make(map[K]*node[K, V], capacity)}
	c.head.next, c.head.prev = &c.head, &c.head
	return c
}

func (c *LRU[K, V]) unlink(n *node[K, V]) {
	n.prev.next, n.next.prev = n.next, n.prev
}

func (c *LRU[K, V]) pushFront(n *node[K, V]) {
	n.prev, n.next = &c.head, c.head.next
	c.head.next.prev = n
	c.head.next = n
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	n, ok := c.items[k]
	if !ok {
		c.misses++
		var zero V
		return zero, false
	}
	c.hits++
	c.unlink(n)
	c.pushFront(n)
	return n.val, true
}

func (c *LRU[K, V]) Put(k K, v V) {
	if n, ok := c.items[k]; ok {
		n.val = v
		c.unlink(n)
		c.pushFront(n)
		return
	}
	if len(c.items) == c.cap {
		oldest := c.head.prev
		c.unlink(oldest)
		delete(c.items, oldest.key)
		if c.OnEvict != nil {
			c.OnEvict(oldest.key, oldest.val)
		}
	}
	n := &node[K, V]{key: k, val: v}
	c.items[k] = n
	c.pushFront(n)
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for n := c.head.next; n != &c.head; n = n.next {
		parts = append(parts, fmt.Sprintf("%v:%v", n.key, n.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func (c *LRU[K, V]) HitRate() float64 {
	if c.hits+c.misses == 0 {
		return 0
	}
	return 100 * float64(c.hits) / float64(c.hits+c.misses)
}

// Memoize wraps an expensive function with a cache.
func Memoize[K comparable, V any](c *LRU[K, V], f func(K) V) func(K) V {
	return func(k K) V {
		if v, ok := c.Get(k); ok {
			return v
		}
		v := f(k)
		c.Put(k, v)
		return v
	}
}

func main() {
	c := NewLRU[string, int](3)
	var evicted []string
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s=%d", k, v)) }
	ops := []string{"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c",
		"put a 10", "put e 5", "get d", "get a", "get e"}
	for _, op := range ops {
		var verb, key string
		var val int
		fmt.Sscan(op, &verb, &key, &val)
		switch verb {
		case "put":
			c.Put(key, val)
			fmt.Printf("%-9s -> %v\n", op, c)
		case "get":
			v, ok := c.Get(key)
			fmt.Printf("%-9s -> %v (found=%t) %v\n", op, v, ok, c)
		}
	}
	fmt.Printf("evicted: %q\n", evicted)
	fmt.Printf("hits=%d misses=%d rate=%.1f%%\n", c.hits, c.misses, c.HitRate())

	calls := 0
	fibCache := NewLRU[int, uint64](64)
	var fib func(int) uint64
	fib = Memoize(fibCache, func(n int) uint64 {
		calls++
		if n < 2 {
			return uint64(n)
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Printf("fib(90) = %d with %d real calls, cache hit rate %.1f%%\n", fib(90), calls, fibCache.HitRate())
	fmt.Printf("cache type: %T, size %d\n", fibCache, len(fibCache.items))

	squares := NewLRU[int, string](2)
	sq := Memoize(squares, func(n int) string { return fmt.Sprint(n * n) })
	var out []string
	for _, n := range []int{4, 5, 4, 6, 5, 4} {
		out = append(out, fmt.Sprintf("sq(%d)=%s", n, sq(n)))
	}
	fmt.Println(strings.Join(out, " "))
	fmt.Printf("squares cache %v hits=%d misses=%d\n", squares, squares.hits, squares.misses)
}
