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
	index   map[K]*list.Element
	onEvict func(K, V)
	hits    int
	misses  int
}

func NewLRU[K comparable, V any](capacity int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), index: map[K]*list.Element{}, onEvict: onEvict}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.index[k]; ok {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*entry[K, V]).val, true
	}
	c.misses++
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.index[k]; ok {
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.index[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		ent := c.ll.Remove(last).(*entry[K, V])
		delete(c.index, ent.key)
		if c.onEvict != nil {
			c.onEvict(ent.key, ent.val)
		}
	}
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ent := e.Value.(*entry[K, V])
		parts = append(parts, fmt.Sprintf("%v:%v", ent.key, ent.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func fibMemo(cache *LRU[int, uint64], n int) uint64 {
	if n < 2 {
		return uint64(n)
	}
	if v, ok := cache.Get(n); ok {
		return v
	}
	v := fibMemo(cache, n-1) + fibMemo(cache, n-2)
	cache.Put(n, v)
	return v
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s=%d", k, v))
	})
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println("after abc:", c)
	c.Get("a")
	c.Put("d", 4)
	fmt.Println("after get a, put d:", c)
	c.Put("b", 20)
	c.Put("e", 5)
	fmt.Println("after put b, e:", c)
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		v, ok := c.Get(k)
		fmt.Printf("get %s -> %d %v\n", k, v, ok)
	}
	fmt.Println("evicted:", evicted)
	fmt.Printf("hits=%d misses=%d\n", c.hits, c.misses)
	fmt.Printf("%T\n", c)

	fc := NewLRU[int, uint64](100, nil)
	for _, n := range []int{10, 30, 50, 90} {
		fmt.Printf("fib(%d) = %d\n", n, fibMemo(fc, n))
	}
	fmt.Printf("fib cache hits=%d misses=%d size=%d\n", fc.hits, fc.misses, fc.ll.Len())
}
