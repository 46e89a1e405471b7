package main

import (
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key        K
	val        V
	prev, next *entry[K, V]
}

// LRU is a fixed-capacity least-recently-used cache built on a
// sentinel-based doubly linked list and a map.
type LRU[K comparable, V any] struct {
	cap          int
	items        map[K]*entry[K, V]
	root         entry[K, V]
	OnEvict      func(K, V)
	hits, misses int
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	c := &LRU[K, V]{cap: capacity, items: make(map[K]*entry[K, V], capacity)}
	c.root.next, c.root.prev = &c.root, &c.root
	return c
}

func (c *LRU[K, V]) unlink(e *entry[K, V]) {
	e.prev.next, e.next.prev = e.next, e.prev
}

func (c *LRU[K, V]) pushFront(e *entry[K, V]) {
	e.prev, e.next = &c.root, c.root.next
	c.root.next.prev = e
	c.root.next = e
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.hits++
		c.unlink(e)
		c.pushFront(e)
		return e.val, true
	}
	c.misses++
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) >= c.cap {
		old := c.root.prev
		c.unlink(old)
		delete(c.items, old.key)
		if c.OnEvict != nil {
			c.OnEvict(old.key, old.val)
		}
	}
	e := &entry[K, V]{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for e := c.root.next; e != &c.root; e = e.next {
		parts = append(parts, fmt.Sprintf("%v=%v", e.key, e.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func (c *LRU[K, V]) Stats() string {
	return fmt.Sprintf("hits=%d misses=%d size=%d/%d", c.hits, c.misses, len(c.items), c.cap)
}

func fibMemo(cache *LRU[int, int]) func(int) int {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := cache.Get(n); ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		cache.Put(n, v)
		return v
	}
	return fib
}

func main() {
	c := NewLRU[string, int](3)
	var evicted []string
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s:%d", k, v)) }

	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println("initial:    ", c)
	c.Get("a")
	fmt.Println("after get a:", c)
	c.Put("d", 4)
	fmt.Println("put d:      ", c)
	c.Put("c", 30)
	fmt.Println("update c:   ", c)
	c.Put("e", 5)
	fmt.Println("put e:      ", c)
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		v, ok := c.Get(k)
		fmt.Printf("  get %s -> %d %t\n", k, v, ok)
	}
	fmt.Println("final:      ", c)
	fmt.Println("evicted:    ", evicted)
	fmt.Println(c.Stats())

	memo := NewLRU[int, int](8)
	fib := fibMemo(memo)
	fmt.Println("fib(40) =", fib(40), memo.Stats())
	fmt.Println("fib(45) =", fib(45), memo.Stats())
	fmt.Println("recent:", memo)
}
