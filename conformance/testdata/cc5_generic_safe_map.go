// Exercise 18: a generic map guarded by a RWMutex, used as a shared inventory.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
)

type SafeMap[K cmp.Ordered, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func NewSafeMap[K cmp.Ordered, V any]() *SafeMap[K, V] {
	return &SafeMap[K, V]{m: make(map[K]V)}
}

func (s *SafeMap[K, V]) Load(k K) (V, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

// Update applies f to the current value atomically (read-modify-write).
func (s *SafeMap[K, V]) Update(k K, f func(old V, present bool) V) V {
	s.mu.Lock()
	defer s.mu.Unlock()
	old, ok := s.m[k]
	nv := f(old, ok)
	s.m[k] = nv
	return nv
}

func (s *SafeMap[K, V]) Delete(k K) {
	s.mu.Lock()
	delete(s.m, k)
	s.mu.Unlock()
}

// Sorted returns a snapshot in key order, so printing is deterministic.
func (s *SafeMap[K, V]) Sorted() ([]K, []V) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	keys := make([]K, 0, len(s.m))
	for k := range s.m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	vals := make([]V, len(keys))
	for i, k := range keys {
		vals[i] = s.m[k]
	}
	return keys, vals
}

func add(n int) func(int, bool) int {
	return func(old int, _ bool) int { return old + n }
}

func main() {
	stock := NewSafeMap[string, int]()
	items := []string{"bolts", "nuts", "washers", "screws", "rivets"}
	var wg sync.WaitGroup
	for w := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 100 {
				stock.Update(items[(i+w)%len(items)], add(w+1))
			}
		}()
	}
	wg.Wait()
	keys, vals := stock.Sorted()
	fmt.Println("inventory after restocking:")
	for i, k := range keys {
		fmt.Printf("  %-8s %4d\n", k, vals[i])
	}

	stock.Delete("rivets")
	v, ok := stock.Load("rivets")
	fmt.Printf("rivets after delete: %d present=%v\n", v, ok)

	// A second instantiation: each slot collects the workers that touched it.
	owners := NewSafeMap[int, []string]()
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for slot := w; slot < 8; slot += 2 {
				owners.Update(slot, func(old []string, _ bool) []string {
					return append(slices.Clone(old), fmt.Sprintf("w%d", w))
				})
			}
		}()
	}
	wg.Wait()
	slots, lists := owners.Sorted()
	for i, s := range slots {
		l := slices.Clone(lists[i])
		slices.Sort(l)
		fmt.Printf("slot %d claimed by %v\n", s, l)
	}
	fmt.Printf("slots in use: %d\n", len(slots))
}
