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

// LRU keeps the most recently used lookups; the oldest one is evicted
// when the cache is full.
type LRU[K comparable, V any] struct {
	cap     int
	order   *list.List
	index   map[K]*list.Element
	hits    int
	misses  int
	evicted []K
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, order: list.New(), index: map[K]*list.Element{}}
}

func (c *LRU[K, V]) Get(k K, load func(K) V) V {
	if el, ok := c.index[k]; ok {
		c.hits++
		c.order.MoveToFront(el)
		return el.Value.(*entry[K, V]).val
	}
	c.misses++
	v := load(k)
	c.index[k] = c.order.PushFront(&entry[K, V]{k, v})
	if c.order.Len() > c.cap {
		last := c.order.Back()
		c.order.Remove(last)
		old := last.Value.(*entry[K, V]).key
		delete(c.index, old)
		c.evicted = append(c.evicted, old)
	}
	return v
}

func (c *LRU[K, V]) Keys() []K {
	keys := make([]K, 0, c.order.Len())
	for el := c.order.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry[K, V]).key)
	}
	return keys
}

type Status struct {
	Where string
	Hops  int
}

// slowLookup pretends to call the carrier's tracking service.
func slowLookup(calls *int) func(string) Status {
	hubs := []string{"Leipzig", "Liege", "East Midlands", "Madrid", "Milan"}
	return func(code string) Status {
		*calls++
		sum := 0
		for _, r := range code {
			sum += int(r)
		}
		return Status{Where: hubs[sum%len(hubs)], Hops: sum % 4}
	}
}

func main() {
	calls := 0
	lookup := slowLookup(&calls)
	cache := NewLRU[string, Status](3)
	requests := strings.Fields("TRK1 TRK2 TRK1 TRK3 TRK4 TRK1 TRK2 TRK5 TRK1 TRK5 TRK3 TRK1")
	for i, code := range requests {
		s := cache.Get(code, lookup)
		fmt.Printf("%2d %s -> %-14s hops=%d  cache=%v\n", i+1, code, s.Where, s.Hops, cache.Keys())
	}
	fmt.Printf("hits=%d misses=%d backend calls=%d\n", cache.hits, cache.misses, calls)
	fmt.Println("evicted:", cache.evicted)
	fmt.Printf("%T\n", cache)
}
