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

// LRU is a fixed-capacity least-recently-used cache.
type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	OnEvict func(K, V)
	hits    int
	misses  int
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	if capacity <= 0 {
		panic("lru: capacity must be positive")
	}
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: make(map[K]*list.Element)}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*pair[K, V]).val, true
	}
	c.misses++
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.Value.(*pair[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&pair[K, V]{k, v})
	if c.ll.Len() > c.cap {
		old := c.ll.Back()
		p := c.ll.Remove(old).(*pair[K, V])
		delete(c.items, p.key)
		if c.OnEvict != nil {
			c.OnEvict(p.key, p.val)
		}
	}
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		p := e.Value.(*pair[K, V])
		parts = append(parts, fmt.Sprintf("%v:%v", p.key, p.val))
	}
	return fmt.Sprintf("LRU(%d/%d)[%s]", c.ll.Len(), c.cap, strings.Join(parts, " "))
}

func fibMemo(cache *LRU[int, uint64]) func(int) uint64 {
	var fib func(int) uint64
	fib = func(n int) uint64 {
		if n < 2 {
			return uint64(n)
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
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s=%d", k, v)) }

	ops := []string{"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "put c 30", "put e 5", "get d", "get c"}
	for _, op := range ops {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			var v int
			fmt.Sscan(f[2], &v)
			c.Put(f[1], v)
			fmt.Printf("%-9s => %v\n", op, c)
		case "get":
			v, ok := c.Get(f[1])
			fmt.Printf("%-9s => %d %-5t %v\n", op, v, ok, c)
		}
	}
	fmt.Println("evicted:", evicted)
	fmt.Printf("hits=%d misses=%d\n", c.hits, c.misses)

	memo := NewLRU[int, uint64](5)
	fib := fibMemo(memo)
	fmt.Println("fib(90) =", fib(90))
	fmt.Println(memo)
	fmt.Printf("memo hits=%d misses=%d\n", memo.hits, memo.misses)

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	NewLRU[int, int](0)
}
