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

// LRU is a fixed-capacity least-recently-used cache.
type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	evicted []K
	hits    int
	misses  int
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: make(map[K]*list.Element)}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*entry[K, V]).val, true
	}
	c.misses++
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		ent := c.ll.Remove(last).(*entry[K, V])
		delete(c.items, ent.key)
		c.evicted = append(c.evicted, ent.key)
	}
}

func (c *LRU[K, V]) String() string {
	parts := make([]string, 0, c.ll.Len())
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry[K, V])
		parts = append(parts, fmt.Sprintf("%v:%v", en.key, en.val))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	c := NewLRU[string, int](3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	if v, ok := c.Get("a"); ok {
		fmt.Println("got a =", v)
	}
	c.Put("d", 4)
	fmt.Println(c)
	_, ok := c.Get("b")
	fmt.Println("b present?", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c, "evicted:", c.evicted)
	fmt.Printf("hits=%d misses=%d\n", c.hits, c.misses)

	// memoise a slow function through the cache
	sq := NewLRU[int, int](4)
	calls := 0
	square := func(n int) int {
		if v, ok := sq.Get(n); ok {
			return v
		}
		calls++
		sq.Put(n, n*n)
		return n * n
	}
	total := 0
	for _, n := range []int{1, 2, 3, 1, 2, 4, 5, 1, 6, 2} {
		total += square(n)
	}
	fmt.Println("total", total, "computed", calls, "cache", sq, "evicted", sq.evicted)
}
