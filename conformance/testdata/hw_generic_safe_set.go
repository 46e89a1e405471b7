package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Set[T cmp.Ordered] struct {
	mu    sync.RWMutex
	items map[T]struct{}
}

func NewSet[T cmp.Ordered](vals ...T) *Set[T] {
	s := &Set[T]{items: make(map[T]struct{})}
	for _, v := range vals {
		s.Add(v)
	}
	return s
}

func (s *Set[T]) Add(v T) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.items[v]; ok {
		return false
	}
	s.items[v] = struct{}{}
	return true
}

func (s *Set[T]) Contains(v T) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	_, ok := s.items[v]
	return ok
}

func (s *Set[T]) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.items)
}

func (s *Set[T]) Sorted() []T {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]T, 0, len(s.items))
	for v := range s.items {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}

func (s *Set[T]) String() string {
	parts := make([]string, 0, s.Len())
	for _, v := range s.Sorted() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	ints := NewSet[int]()
	var wg sync.WaitGroup
	var mu sync.Mutex
	inserted := 0
	for w := range 8 {
		wg.Go(func() {
			n := 0
			for i := range 50 {
				if ints.Add((w*7 + i*3) % 40) {
					n++
				}
			}
			mu.Lock()
			inserted += n
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("size:", ints.Len(), "successful adds:", inserted, "ok:", inserted == ints.Len())
	fmt.Println("contains 39:", ints.Contains(39), "contains 40:", ints.Contains(40))
	words := NewSet("pear", "apple", "fig", "apple", "kiwi")
	fmt.Println(words)
	fmt.Println(NewSet(3.5, 1.25, 2.0))
}
