package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// OrderedMap remembers insertion order of its keys.
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

func (m *OrderedMap[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range m.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) String() string {
	var b strings.Builder
	b.WriteString("{")
	for k, v := range m.All() {
		if b.Len() > 1 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%v: %v", k, v)
	}
	return b.String() + "}"
}

type config struct {
	Host string
	Port int
}

func main() {
	m := NewOrderedMap[string, int]()
	for i, w := range strings.Fields("zeta alpha mu beta alpha omega") {
		m.Set(w, i)
	}
	fmt.Println("ordered:", m)
	fmt.Println("keys:   ", slices.Collect(m.Keys()))
	fmt.Println("plain:  ", maps.Collect(m.All()))

	if v, ok := m.Get("alpha"); ok {
		fmt.Println("alpha =", v)
	}
	_, ok := m.Get("gamma")
	fmt.Println("gamma present:", ok)

	fmt.Println("delete mu:", m.Delete("mu"), "delete mu again:", m.Delete("mu"))
	fmt.Println("after delete:", m, "len", m.Len())
	m.Set("mu", 99)
	fmt.Println("reinserted: ", m)

	for k, v := range m.All() {
		if v > 4 {
			fmt.Println("first value > 4:", k, v)
			break
		}
	}

	envs := NewOrderedMap[string, config]()
	envs.Set("prod", config{"example.com", 443})
	envs.Set("dev", config{"localhost", 8080})
	envs.Set("staging", config{"staging.local", 8443})
	for name, c := range envs.All() {
		fmt.Printf("%-8s %+v\n", name, c)
	}
	fmt.Println(envs)
	fmt.Printf("%T\n", envs)
}
