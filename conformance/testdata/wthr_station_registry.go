package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"sync"
)

// Registry is a concurrency-safe keyed store for any station metadata.
type Registry[K cmp.Ordered, V any] struct {
	mu    sync.RWMutex
	items map[K]V
}

func NewRegistry[K cmp.Ordered, V any]() *Registry[K, V] {
	return &Registry[K, V]{items: make(map[K]V)}
}

func (r *Registry[K, V]) Put(k K, v V) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.items[k] = v
}

func (r *Registry[K, V]) Get(k K) (V, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	v, ok := r.items[k]
	return v, ok
}

func (r *Registry[K, V]) Len() int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return len(r.items)
}

// Sorted yields entries in key order from a snapshot of the keys.
func (r *Registry[K, V]) Sorted() iter.Seq2[K, V] {
	r.mu.RLock()
	keys := make([]K, 0, len(r.items))
	for k := range r.items {
		keys = append(keys, k)
	}
	r.mu.RUnlock()
	slices.Sort(keys)
	return func(yield func(K, V) bool) {
		for _, k := range keys {
			v, _ := r.Get(k)
			if !yield(k, v) {
				return
			}
		}
	}
}

// Pair is a small generic tuple.
type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

type Meta struct {
	Name    string
	Network string
}

func main() {
	reg := NewRegistry[int, Meta]()
	networks := []string{"synop", "metar", "buoy"}
	var wg sync.WaitGroup
	for i := range 9 {
		wg.Go(func() {
			reg.Put(1000+i*7, Meta{Name: fmt.Sprintf("ST%02d", i), Network: networks[i%3]})
		})
	}
	wg.Wait()
	fmt.Println("registered:", reg.Len())

	for id, m := range reg.Sorted() {
		fmt.Printf("%d %-5s %s\n", id, m.Name, m.Network)
		if id >= 1042 {
			fmt.Println("...stopping early")
			break
		}
	}

	if m, ok := reg.Get(1014); ok {
		fmt.Printf("lookup 1014: %+v\n", m)
	}
	_, ok := reg.Get(9999)
	fmt.Println("lookup 9999 found:", ok)

	elev := NewRegistry[string, Pair[float64, int]]()
	elev.Put("summit", Pair[float64, int]{4392.0, 3})
	elev.Put("valley", Pair[float64, int]{212.5, 1})
	for k, p := range elev.Sorted() {
		fmt.Printf("%s -> %v (%T)\n", k, p, p)
	}
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("calibration loaded once") })
	}
}
