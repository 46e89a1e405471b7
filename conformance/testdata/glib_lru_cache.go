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

// LRU is a fixed-capacity cache that evicts the least recently used entry.
type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	OnEvict func(K, V)
	hits    int
	misses  int
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
		oldest := c.ll.Back()
		e := c.ll.Remove(oldest).(*entry[K, V])
		delete(c.items, e.key)
		if c.OnEvict != nil {
			c.OnEvict(e.key, e.val)
		}
	}
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry[K, V])
		parts = append(parts, fmt.Sprintf("%v=%v", e.key, e.val))
	}
	return fmt.Sprintf("LRU(%d/%d)[%s]", c.ll.Len(), c.cap, strings.Join(parts, " "))
}

func (c *LRU[K, V]) Stats() string {
	return fmt.Sprintf("hits=%d misses=%d", c.hits, c.misses)
}

// memoFib uses the cache as a memo table.
func memoFib(cache *LRU[int, uint64], n int) uint64 {
	if n < 2 {
		return uint64(n)
	}
	if v, ok := cache.Get(n); ok {
		return v
	}
	v := memoFib(cache, n-1) + memoFib(cache, n-2)
	cache.Put(n, v)
	return v
}

func main() {
	var evicted []string
	c := NewLRU[string, int](3)
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s:%d", k, v)) }

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
	fmt.Println("b still cached?", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c)
	fmt.Println("evicted:", evicted)
	fmt.Println(c.Stats())

	fc := NewLRU[int, uint64](100)
	for _, n := range []int{10, 20, 50, 90} {
		fmt.Printf("fib(%d) = %d\n", n, memoFib(fc, n))
	}
	fmt.Println("fib cache:", fc.Stats())
	fmt.Printf("%T\n", fc)
}
