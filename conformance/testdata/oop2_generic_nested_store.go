package main

import (
	"fmt"
	"sort"
	"sync"
)

// SafeMap is a mutex-guarded generic map.
type SafeMap[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] { return &SafeMap[K, V]{m: make(map[K]V)} }

func (s *SafeMap[K, V]) Update(k K, f func(V, bool) V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old, ok := s.m[k]
	s.m[k] = f(old, ok)
}

func (s *SafeMap[K, V]) Get(k K) (V, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *SafeMap[K, V]) Keys(less func(a, b K) bool) []K {
	s.mu.Lock()
	defer s.mu.Unlock()
	ks := make([]K, 0, len(s.m))
	for k := range s.m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return less(ks[i], ks[j]) })
	return ks
}

// Counter is a generic type built from another generic type.
type Counter[K comparable] struct{ counts *SafeMap[K, int] }

func NewCounter[K comparable]() Counter[K] { return Counter[K]{NewSafeMap[K, int]()} }
func (c Counter[K]) Add(k K, n int)        { c.counts.Update(k, func(v int, _ bool) int { return v + n }) }
func (c Counter[K]) Count(k K) int         { v, _ := c.counts.Get(k); return v }

type Item interface {
	SKU() string
	UnitPrice() int
}

type Book struct{ Title string }
type Gadget struct {
	Code  string
	Price int
}

func (b Book) SKU() string      { return "B-" + b.Title }
func (b Book) UnitPrice() int   { return 12 }
func (g Gadget) SKU() string    { return "G-" + g.Code }
func (g Gadget) UnitPrice() int { return g.Price }

// Shop nests a SafeMap of items and two Counters.
type Shop[T Item] struct {
	catalog *SafeMap[string, T]
	sold    Counter[string]
	revenue Counter[string]
}

func NewShop[T Item](items ...T) *Shop[T] {
	s := &Shop[T]{catalog: NewSafeMap[string, T](), sold: NewCounter[string](), revenue: NewCounter[string]()}
	for _, it := range items {
		s.catalog.Update(it.SKU(), func(T, bool) T { return it })
	}
	return s
}

func (s *Shop[T]) Sell(sku string, qty int) bool {
	it, ok := s.catalog.Get(sku)
	if !ok {
		return false
	}
	s.sold.Add(sku, qty)
	s.revenue.Add("total", qty*it.UnitPrice())
	return true
}

func main() {
	shop := NewShop[Item](Book{"Go"}, Book{"SICP"}, Gadget{"usb", 7}, Gadget{"hub", 25})
	skus := shop.catalog.Keys(func(a, b string) bool { return a < b })
	var wg sync.WaitGroup
	failures := NewCounter[bool]()
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(worker int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				sku := skus[(worker+i)%len(skus)]
				if i%10 == 9 {
					sku = "missing"
				}
				if !shop.Sell(sku, 1+i%3) {
					failures.Add(true, 1)
				}
			}
		}(w)
	}
	wg.Wait()
	for _, sku := range shop.sold.counts.Keys(func(a, b string) bool { return a < b }) {
		it, _ := shop.catalog.Get(sku)
		fmt.Printf("%-8s %-12T sold %3d\n", sku, it, shop.sold.Count(sku))
	}
	fmt.Println("revenue:", shop.revenue.Count("total"))
	fmt.Println("failed sales:", failures.Count(true))
	fmt.Printf("%T / %T\n", shop, shop.sold)
}
