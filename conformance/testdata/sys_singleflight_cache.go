package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type call[V any] struct {
	done chan struct{}
	val  V
}

type Cache[K comparable, V any] struct {
	mu       sync.Mutex
	limit    int
	order    []K
	items    map[K]V
	inflight map[K]*call[V]
	load     func(K) V
	loads    atomic.Int64
}

func NewCache[K comparable, V any](limit int, load func(K) V) *Cache[K, V] {
	return &Cache[K, V]{limit: limit, items: map[K]V{}, inflight: map[K]*call[V]{}, load: load}
}

func (c *Cache[K, V]) Get(k K) V {
	c.mu.Lock()
	if v, ok := c.items[k]; ok {
		c.mu.Unlock()
		return v
	}
	if cl, ok := c.inflight[k]; ok {
		c.mu.Unlock()
		<-cl.done
		return cl.val
	}
	cl := &call[V]{done: make(chan struct{})}
	c.inflight[k] = cl
	c.mu.Unlock()

	c.loads.Add(1)
	cl.val = c.load(k)

	c.mu.Lock()
	delete(c.inflight, k)
	c.items[k] = cl.val
	c.order = append(c.order, k)
	for len(c.order) > c.limit {
		delete(c.items, c.order[0])
		c.order = c.order[1:]
	}
	c.mu.Unlock()
	close(cl.done)
	return cl.val
}

func main() {
	cache := NewCache(3, func(k int) string { return fmt.Sprintf("value-%d", k*k) })
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[int]string{}
	keys := []int{1, 2, 3}
	for g := range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k := keys[g%len(keys)]
			v := cache.Get(k)
			mu.Lock()
			got[k] = v
			mu.Unlock()
		}()
	}
	wg.Wait()
	ks := make([]int, 0, len(got))
	for k := range got {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	for _, k := range ks {
		fmt.Printf("key %d -> %s\n", k, got[k])
	}
	fmt.Println("loads after 30 concurrent gets of 3 keys:", cache.loads.Load())
	small := NewCache(2, func(k int) int { return k * 100 })
	for _, k := range []int{4, 5, 4, 6, 4} {
		fmt.Println("get", k, "=", small.Get(k))
	}
	fmt.Println("cached keys:", small.order, "loads:", small.loads.Load())
}
