package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

// OrderedMap keeps its keys sorted at all times.
type OrderedMap[K cmp.Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrderedMap[K cmp.Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: make(map[K]V)}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		i, _ := slices.BinarySearch(m.keys, k)
		m.keys = slices.Insert(m.keys, i, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.vals[k]
	return v, ok
}

func (m *OrderedMap[K, V]) Delete(k K) bool {
	i, found := slices.BinarySearch(m.keys, k)
	if !found {
		return false
	}
	m.keys = slices.Delete(m.keys, i, i+1)
	delete(m.vals, k)
	return true
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range m.keys {
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Backward() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i := len(m.keys) - 1; i >= 0; i-- {
			k := m.keys[i]
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Range(lo, hi K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		start, _ := slices.BinarySearch(m.keys, lo)
		for _, k := range m.keys[start:] {
			if k >= hi {
				return
			}
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

func main() {
	m := NewOrderedMap[string, int]()
	for i, w := range []string{"pear", "apple", "fig", "kiwi", "banana", "cherry", "apple"} {
		m.Set(w, i)
	}
	fmt.Printf("%T len=%d\n", m, m.Len())
	for k, v := range m.All() {
		fmt.Printf("  %-7s %d\n", k, v)
	}

	fmt.Print("backward:")
	for k := range m.Backward() {
		fmt.Print(" ", k)
	}
	fmt.Println()

	fmt.Print("range [b, k):")
	for k, v := range m.Range("b", "k") {
		fmt.Printf(" %s=%d", k, v)
	}
	fmt.Println()

	fmt.Println("delete fig:", m.Delete("fig"), "delete fig again:", m.Delete("fig"))
	if v, ok := m.Get("apple"); ok {
		fmt.Println("apple ->", v)
	}
	_, ok := m.Get("fig")
	fmt.Println("fig present:", ok)

	count := 0
	for k := range m.All() {
		if count == 2 {
			break
		}
		fmt.Println("first keys:", k)
		count++
	}

	nums := NewOrderedMap[float64, []string]()
	nums.Set(3.5, []string{"c"})
	nums.Set(-1, []string{"neg"})
	nums.Set(2.25, []string{"a", "b"})
	for k, v := range nums.All() {
		fmt.Printf("%6.2f %v\n", k, v)
	}
}
