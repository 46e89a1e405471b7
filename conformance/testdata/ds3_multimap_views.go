package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

type MultiMap[K cmp.Ordered, V any] struct {
	m    map[K][]V
	size int
}

func NewMultiMap[K cmp.Ordered, V any]() *MultiMap[K, V] {
	return &MultiMap[K, V]{m: make(map[K][]V)}
}

func (mm *MultiMap[K, V]) Add(k K, v V) {
	mm.m[k] = append(mm.m[k], v)
	mm.size++
}

func (mm *MultiMap[K, V]) Get(k K) []V   { return mm.m[k] }
func (mm *MultiMap[K, V]) Len() int      { return mm.size }
func (mm *MultiMap[K, V]) KeyCount() int { return len(mm.m) }

func (mm *MultiMap[K, V]) RemoveKey(k K) int {
	n := len(mm.m[k])
	delete(mm.m, k)
	mm.size -= n
	return n
}

func (mm *MultiMap[K, V]) Keys() []K {
	return slices.Sorted(maps.Keys(mm.m))
}

func (mm *MultiMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range mm.Keys() {
			for _, v := range mm.m[k] {
				if !yield(k, v) {
					return
				}
			}
		}
	}
}

func SortedValues[K cmp.Ordered, V cmp.Ordered](mm *MultiMap[K, V], k K) []V {
	vs := slices.Clone(mm.Get(k))
	slices.Sort(vs)
	return vs
}

func Invert[K, V cmp.Ordered](mm *MultiMap[K, V]) *MultiMap[V, K] {
	out := NewMultiMap[V, K]()
	for k, v := range mm.All() {
		out.Add(v, k)
	}
	return out
}

func main() {
	courses := NewMultiMap[string, string]()
	enroll := [][2]string{
		{"carol", "math"}, {"alice", "physics"}, {"bob", "math"},
		{"alice", "art"}, {"carol", "art"}, {"alice", "math"},
		{"dave", "history"}, {"bob", "history"},
	}
	for _, e := range enroll {
		courses.Add(e[0], e[1])
	}
	fmt.Printf("%d enrollments, %d students\n", courses.Len(), courses.KeyCount())
	for _, s := range courses.Keys() {
		fmt.Printf("%-6s insertion=%v sorted=%v\n", s, courses.Get(s), SortedValues(courses, s))
	}
	byCourse := Invert(courses)
	for _, c := range byCourse.Keys() {
		fmt.Printf("%-8s -> %v\n", c, byCourse.Get(c))
	}
	fmt.Println("removed dave:", courses.RemoveKey("dave"), "now", courses.Len())
	fmt.Println("removed zed:", courses.RemoveKey("zed"))
	n := 0
	for k, v := range courses.All() {
		fmt.Printf("pair %s/%s\n", k, v)
		n++
		if n == 3 {
			break
		}
	}
}
