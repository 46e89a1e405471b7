package main

import (
	"fmt"
	"slices"
	"strings"
)

// Cache is a tiny least-recently-used cache.
type Cache[K comparable, V any] struct {
	cap   int
	order []K
	data  map[K]V
	hits  int
	miss  int
}

func NewCache[K comparable, V any](capacity int) *Cache[K, V] {
	return &Cache[K, V]{cap: capacity, data: make(map[K]V)}
}

func (c *Cache[K, V]) touch(k K) {
	if i := slices.Index(c.order, k); i >= 0 {
		c.order = slices.Delete(c.order, i, i+1)
	}
	c.order = append(c.order, k)
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	if ok {
		c.hits++
		c.touch(k)
	} else {
		c.miss++
	}
	return v, ok
}

func (c *Cache[K, V]) Put(k K, v V) (evicted K, didEvict bool) {
	if _, ok := c.data[k]; !ok && len(c.data) == c.cap {
		evicted = c.order[0]
		c.order = c.order[1:]
		delete(c.data, evicted)
		didEvict = true
	}
	c.data[k] = v
	c.touch(k)
	return
}

func (c *Cache[K, V]) Stats() string {
	return fmt.Sprintf("hits=%d misses=%d keys=%v", c.hits, c.miss, c.order)
}

type Route struct{ From, To string }

func (r Route) String() string { return r.From + "→" + r.To }

type Pair[A, B any] struct {
	First  A
	Second B
}

func GetOrLoad[K comparable, V any](c *Cache[K, V], k K, load func(K) V) Pair[V, bool] {
	if v, ok := c.Get(k); ok {
		return Pair[V, bool]{v, true}
	}
	v := load(k)
	if old, ev := c.Put(k, v); ev {
		fmt.Printf("    evicted %v\n", old)
	}
	return Pair[V, bool]{v, false}
}

func main() {
	lookups := 0
	fareAPI := func(r Route) float64 {
		lookups++
		return float64(len(r.From)*37+len(r.To)*53) + 0.99
	}

	fares := NewCache[Route, float64](3)
	queries := []Route{
		{"Lima", "Cusco"}, {"Lima", "Quito"}, {"Lima", "Cusco"},
		{"Bogotá", "Lima"}, {"Quito", "Bogotá"}, {"Lima", "Quito"},
		{"Lima", "Cusco"},
	}
	for _, q := range queries {
		p := GetOrLoad(fares, q, fareAPI)
		src := "api"
		if p.Second {
			src = "cache"
		}
		fmt.Printf("%-14v %7.2f from %s\n", q, p.First, src)
	}
	fmt.Println(fares.Stats())
	fmt.Println("api lookups:", lookups)

	codes := NewCache[string, string](2)
	for _, c := range []string{"cdg", "ams", "cdg", "fra"} {
		r := GetOrLoad(codes, c, strings.ToUpper)
		fmt.Printf("%s => %+v\n", c, r)
	}
	fmt.Printf("%T\n", codes)
}
