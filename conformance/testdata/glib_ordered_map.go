package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// OrderedMap remembers the order in which keys were first inserted.
type OrderedMap[K comparable, V any] struct {
	keys  []K
	index map[K]int
	vals  map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: map[K]int{}, vals: map[K]V{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		m.index[k] = len(m.keys)
		m.keys = append(m.keys, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.vals[k]
	return v, ok
}

func (m *OrderedMap[K, V]) Delete(k K) bool {
	i, ok := m.index[k]
	if !ok {
		return false
	}
	m.keys = slices.Delete(m.keys, i, i+1)
	for j := i; j < len(m.keys); j++ {
		m.index[m.keys[j]] = j
	}
	delete(m.index, k)
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

func (m *OrderedMap[K, V]) Keys() iter.Seq[K] { return slices.Values(m.keys) }

func (m *OrderedMap[K, V]) String() string {
	var parts []string
	for k, v := range m.All() {
		parts = append(parts, fmt.Sprintf("%v:%v", k, v))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func wordCounts(text string) *OrderedMap[string, int] {
	m := NewOrderedMap[string, int]()
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,;!?")
		n, _ := m.Get(w)
		m.Set(w, n+1)
	}
	return m
}

func main() {
	counts := wordCounts("The quick fox; the lazy dog. The fox jumps, quick quick!")
	fmt.Println(counts)
	fmt.Printf("%d distinct words, type %T\n", counts.Len(), counts)

	fmt.Println("deleted 'lazy':", counts.Delete("lazy"), "again:", counts.Delete("lazy"))
	fmt.Println("keys in order:", slices.Collect(counts.Keys()))

	plain := maps.Collect(counts.All())
	fmt.Println("as plain map (fmt sorts keys):", plain)
	fmt.Println("sorted keys:", slices.Sorted(maps.Keys(plain)))

	for k, v := range counts.All() {
		if v < 2 {
			continue
		}
		fmt.Printf("  %-6q appears %d times\n", k, v)
	}

	cfg := NewOrderedMap[string, any]()
	cfg.Set("name", "server")
	cfg.Set("port", 8080)
	cfg.Set("debug", false)
	cfg.Set("port", 9090)
	for k, v := range cfg.All() {
		fmt.Printf("  %s = %#v (%T)\n", k, v, v)
	}
	if v, ok := cfg.Get("timeout"); !ok {
		fmt.Printf("timeout missing, zero value %v\n", v)
	}
}
