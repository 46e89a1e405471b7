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
	mu        sync.Mutex
	cap       int
	ll        *list.List
	idx       map[K]*list.Element
	hits      int
	misses    int
	evictions int
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), idx: map[K]*list.Element{}}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.idx[k]; ok {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*entry[K, V]).val, true
	}
	c.misses++
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.idx[k]; ok {
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.idx[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		old := c.ll.Back()
		c.ll.Remove(old)
		delete(c.idx, old.Value.(*entry[K, V]).key)
		c.evictions++
	}
}

func (c *LRU[K, V]) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry[K, V])
		parts = append(parts, fmt.Sprintf("%v=%v", en.key, en.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU[string, int](3)
	for i, k := range []string{"a", "b", "c"} {
		c.Put(k, i)
	}
	c.Get("a")
	c.Put("d", 3)
	_, okB := c.Get("b")
	fmt.Println("sequential:", c, "b present:", okB)

	big := NewLRU[int, int](64)
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			for i := range 500 {
				k := (w*31 + i) % 100
				if _, ok := big.Get(k); !ok {
					big.Put(k, k*k)
				}
			}
		})
	}
	wg.Wait()
	big.mu.Lock()
	total := big.hits + big.misses
	size := big.ll.Len()
	consistent := size == len(big.idx) && size <= big.cap
	big.mu.Unlock()
	fmt.Println("total gets:", total, "size:", size, "consistent:", consistent)
}
