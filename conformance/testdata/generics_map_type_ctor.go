package main

import (
	"fmt"
	"sort"
)

type Set[K comparable] map[K]struct{}

func NewSet[K comparable](items ...K) Set[K] {
	s := Set[K]{}
	for _, it := range items {
		s[it] = struct{}{}
	}
	return s
}

func (s Set[K]) Has(k K) bool { _, ok := s[k]; return ok }
func (s Set[K]) Add(k K)      { s[k] = struct{}{} }

type Counter[K comparable] map[K]int

func NewCounter[K comparable]() Counter[K] { return make(Counter[K]) }

func main() {
	s := NewSet("a", "b")
	s.Add("c")
	fmt.Println(len(s), s.Has("a"), s.Has("z"))
	c := NewCounter[string]()
	for _, w := range []string{"x", "y", "x"} {
		c[w]++
	}
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, c[k])
	}
}
