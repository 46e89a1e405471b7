package main

import (
	"container/list"
	"fmt"
	"strings"
	"sync"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	mu           sync.Mutex
	cap          int
	order        *list.List
	index        map[K]*list.Element
	hits, misses int
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, order: list.New(), index: map[K]*list.Element{}}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.index[k]; ok {
		c.hits++
		c.order.MoveToFront(el)
		return el.Value.(*entry[K, V]).val, true
	}
	c.misses++
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.index[k]; ok {
		el.Value.(*entry[K, V]).val = v
		c.order.MoveToFront(el)
		return
	}
	c.index[k] = c.order.PushFront(&entry[K, V]{k, v})
	if c.order.Len() > c.cap {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.index, last.Value.(*entry[K, V]).key)
	}
}

func (c *LRU[K, V]) Keys() []K {
	c.mu.Lock()
	defer c.mu.Unlock()
	var ks []K
	for el := c.order.Front(); el != nil; el = el.Next() {
		ks = append(ks, el.Value.(*entry[K, V]).key)
	}
	return ks
}

func main() {
	cache := NewLRU[string, int](3)
	trace := strings.Fields("a b c a d b e a c c f a")
	var log []string
	for _, k := range trace {
		if _, ok := cache.Get(k); ok {
			log = append(log, k+":hit")
		} else {
			log = append(log, k+":miss")
			cache.Put(k, len(log))
		}
	}
	fmt.Println(strings.Join(log, " "))
	fmt.Printf("hits=%d misses=%d order=%v\n", cache.hits, cache.misses, cache.Keys())

	// concurrent use: a read-only key set that fits, so every get after warm-up hits
	shared := NewLRU[int, int](8)
	for i := range 8 {
		shared.Put(i, i*i)
	}
	var wg sync.WaitGroup
	for w := range 6 {
		wg.Go(func() {
			for i := range 100 {
				shared.Get((w + i) % 8)
			}
		})
	}
	wg.Wait()
	fmt.Printf("concurrent hits=%d misses=%d\n", shared.hits, shared.misses)
}
