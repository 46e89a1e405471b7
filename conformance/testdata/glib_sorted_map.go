package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

// SortedMap keeps keys in order using binary search over a slice.
type SortedMap[K cmp.Ordered, V any] struct {
	keys []K
	vals []V
}

func (m *SortedMap[K, V]) Put(k K, v V) (replaced bool) {
	i, found := slices.BinarySearch(m.keys, k)
	if found {
		m.vals[i] = v
		return true
	}
	m.keys = slices.Insert(m.keys, i, k)
	m.vals = slices.Insert(m.vals, i, v)
	return false
}

func (m *SortedMap[K, V]) Get(k K) (V, bool) {
	if i, found := slices.BinarySearch(m.keys, k); found {
		return m.vals[i], true
	}
	var zero V
	return zero, false
}

func (m *SortedMap[K, V]) Delete(k K) bool {
	i, found := slices.BinarySearch(m.keys, k)
	if found {
		m.keys = slices.Delete(m.keys, i, i+1)
		m.vals = slices.Delete(m.vals, i, i+1)
	}
	return found
}

// Range yields entries with lo <= key < hi.
func (m *SortedMap[K, V]) Range(lo, hi K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		start, _ := slices.BinarySearch(m.keys, lo)
		for i := start; i < len(m.keys) && m.keys[i] < hi; i++ {
			if !yield(m.keys[i], m.vals[i]) {
				return
			}
		}
	}
}

func (m *SortedMap[K, V]) Backward() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i := len(m.keys) - 1; i >= 0; i-- {
			if !yield(m.keys[i], m.vals[i]) {
				return
			}
		}
	}
}

// Floor returns the greatest key <= k.
func (m *SortedMap[K, V]) Floor(k K) (K, V, bool) {
	i, found := slices.BinarySearch(m.keys, k)
	if !found {
		i--
	}
	if i < 0 {
		var zk K
		var zv V
		return zk, zv, false
	}
	return m.keys[i], m.vals[i], true
}

func (m SortedMap[K, V]) String() string {
	parts := make([]string, len(m.keys))
	for i := range m.keys {
		parts[i] = fmt.Sprintf("%v:%v", m.keys[i], m.vals[i])
	}
	return "sorted{" + strings.Join(parts, " ") + "}"
}

type Grade rune

func main() {
	var scores SortedMap[string, int]
	for i, name := range []string{"mia", "bob", "zoe", "ann", "kai", "bob"} {
		if scores.Put(name, (i+1)*10) {
			fmt.Println("replaced", name)
		}
	}
	fmt.Println(scores)

	fmt.Print("range [b, m):")
	for k, v := range scores.Range("b", "m") {
		fmt.Printf(" %s=%d", k, v)
	}
	fmt.Println()

	for k := range scores.Backward() {
		if k < "k" {
			break
		}
		fmt.Println("  backward:", k)
	}

	fmt.Println("delete kai:", scores.Delete("kai"), "delete kai again:", scores.Delete("kai"))
	v, ok := scores.Get("zoe")
	fmt.Printf("zoe=%d %t; %v\n", v, ok, scores)

	grades := &SortedMap[int, Grade]{}
	for lo, g := range map[int]Grade{90: 'A', 80: 'B', 70: 'C', 60: 'D', 0: 'F'} {
		grades.Put(lo, g)
	}
	for _, s := range []int{95, 80, 79, 61, 12, -5} {
		if lo, g, ok := grades.Floor(s); ok {
			fmt.Printf("score %3d -> %c (>= %d)\n", s, g, lo)
		} else {
			fmt.Printf("score %3d -> invalid\n", s)
		}
	}
	fmt.Printf("%T %v\n", grades, grades.keys)
}
