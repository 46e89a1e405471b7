package main

import (
	"fmt"
	"slices"
)

type Policy[K comparable] interface {
	Touch(k K)
	Insert(k K)
	Victim() K
	Remove(k K)
	Name() string
}

type FIFO[K comparable] struct{ order []K }

func (p *FIFO[K]) Touch(K)      {}
func (p *FIFO[K]) Insert(k K)   { p.order = append(p.order, k) }
func (p *FIFO[K]) Victim() K    { return p.order[0] }
func (p *FIFO[K]) Name() string { return "fifo" }
func (p *FIFO[K]) Remove(k K) {
	if i := slices.Index(p.order, k); i >= 0 {
		p.order = slices.Delete(p.order, i, i+1)
	}
}

type LRU[K comparable] struct{ FIFO[K] }

func (p *LRU[K]) Touch(k K) {
	p.Remove(k)
	p.Insert(k)
}
func (p *LRU[K]) Name() string { return "lru" }

type Cache[K comparable, V any] struct {
	cap          int
	data         map[K]V
	policy       Policy[K]
	hits, misses int
	evicted      []K
}

func NewCache[K comparable, V any](capacity int, p Policy[K]) *Cache[K, V] {
	return &Cache[K, V]{cap: capacity, data: make(map[K]V), policy: p}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	if ok {
		c.hits++
		c.policy.Touch(k)
	} else {
		c.misses++
	}
	return v, ok
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; ok {
		c.data[k] = v
		c.policy.Touch(k)
		return
	}
	if len(c.data) >= c.cap {
		victim := c.policy.Victim()
		c.policy.Remove(victim)
		delete(c.data, victim)
		c.evicted = append(c.evicted, victim)
	}
	c.data[k] = v
	c.policy.Insert(k)
}

func (c *Cache[K, V]) Len() int { return len(c.data) }

func (c *Cache[K, V]) String() string {
	return fmt.Sprintf("%s cache len=%d hits=%d misses=%d evicted=%v",
		c.policy.Name(), c.Len(), c.hits, c.misses, c.evicted)
}

func GetOrLoad[K comparable, V any](c *Cache[K, V], k K, load func(K) V) V {
	if v, ok := c.Get(k); ok {
		return v
	}
	v := load(k)
	c.Put(k, v)
	return v
}

func main() {
	loads := 0
	square := func(n int) string {
		loads++
		return fmt.Sprintf("%d^2=%d", n, n*n)
	}
	access := []int{1, 2, 3, 1, 4, 1, 5, 2, 1, 3}
	for _, p := range []Policy[int]{&FIFO[int]{}, &LRU[int]{}} {
		loads = 0
		c := NewCache[int, string](3, p)
		var got []string
		for _, k := range access {
			got = append(got, GetOrLoad(c, k, square))
		}
		fmt.Printf("%T with %T\n", c, p)
		fmt.Println(" ", c)
		fmt.Println("  loads:", loads, "last:", got[len(got)-1])
	}

	type key struct{ user, page string }
	pc := NewCache[key, int](2, &LRU[key]{})
	pc.Put(key{"ann", "/home"}, 1)
	pc.Put(key{"bob", "/home"}, 2)
	pc.Get(key{"ann", "/home"})
	pc.Put(key{"cy", "/cart"}, 3)
	pc.Put(key{"ann", "/home"}, 10)
	v, ok := pc.Get(key{"ann", "/home"})
	fmt.Printf("ann=%d ok=%t\n", v, ok)
	_, ok = pc.Get(key{"bob", "/home"})
	fmt.Printf("bob present=%t\n", ok)
	fmt.Printf("%+v\n", pc.evicted)
	fmt.Println(pc)
}
