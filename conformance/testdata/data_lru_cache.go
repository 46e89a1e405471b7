package main

import (
	"container/list"
	"fmt"
	"strings"
)

type pair[K comparable, V any] struct {
	key K
	val V
}

// LRU is a fixed-capacity cache evicting the least recently used entry.
type LRU[K comparable, V any] struct {
	cap     int
	order   *list.List // front = most recent
	items   map[K]*list.Element
	hits    int
	misses  int
	onEvict func(K, V)
}

func NewLRU[K comparable, V any](capacity int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, order: list.New(), items: map[K]*list.Element{}, onEvict: onEvict}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.order.MoveToFront(e)
		c.hits++
		return e.Value.(pair[K, V]).val, true
	}
	c.misses++
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.Value = pair[K, V]{k, v}
		c.order.MoveToFront(e)
		return
	}
	c.items[k] = c.order.PushFront(pair[K, V]{k, v})
	if c.order.Len() > c.cap {
		oldest := c.order.Back()
		p := c.order.Remove(oldest).(pair[K, V])
		delete(c.items, p.key)
		if c.onEvict != nil {
			c.onEvict(p.key, p.val)
		}
	}
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for e := c.order.Front(); e != nil; e = e.Next() {
		p := e.Value.(pair[K, V])
		parts = append(parts, fmt.Sprintf("%v:%v", p.key, p.val))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func (c *LRU[K, V]) HitRate() float64 {
	total := c.hits + c.misses
	if total == 0 {
		return 0
	}
	return float64(c.hits) / float64(total)
}

// memoFib wraps a slow function with an LRU cache.
func memoFib(capacity int) (func(int) int, *LRU[int, int]) {
	cache := NewLRU[int, int](capacity, nil)
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
	return fib, cache
}

func main() {
	var evicted []string
	c := NewLRU[string, int](3, func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s=%d", k, v))
	})
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println("filled:      ", c)
	c.Get("a")
	fmt.Println("after get a: ", c)
	c.Put("d", 4)
	fmt.Println("after put d: ", c)
	c.Put("c", 30)
	fmt.Println("update c:    ", c)
	c.Put("e", 5)
	fmt.Println("after put e: ", c)
	for _, k := range []string{"a", "b", "d"} {
		v, ok := c.Get(k)
		fmt.Printf("get %s -> %d, %t\n", k, v, ok)
	}
	fmt.Println("evicted:", evicted)
	fmt.Printf("hits=%d misses=%d rate=%.2f\n", c.hits, c.misses, c.HitRate())

	for _, size := range []int{2, 50} {
		fib, cache := memoFib(size)
		fmt.Printf("cache %2d: fib(30)=%d lookups=%d hit rate=%.1f%%\n",
			size, fib(30), cache.hits+cache.misses, 100*cache.HitRate())
	}
}
