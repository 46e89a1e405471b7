package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Class struct {
	Name     string
	Teacher  string
	Students []string
}

type School struct {
	classes []Class
}

func (s *School) All() iter.Seq2[int, Class] {
	return func(yield func(int, Class) bool) {
		for i, c := range s.classes {
			if !yield(i, c) {
				return
			}
		}
	}
}

func (s *School) Students() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, c := range s.classes {
			for _, st := range c.Students {
				if !yield(st) {
					return
				}
			}
		}
	}
}

func FilterSeq[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		count := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			count++
			if count == n {
				return
			}
		}
	}
}

func main() {
	s := &School{classes: []Class{
		{"1A", "Mrs Grey", []string{"Amir", "Bea", "Carl"}},
		{"1B", "Mr Hall", []string{"Dina", "Ed", "Anna"}},
		{"2A", "Ms Ito", []string{"Farah", "Abel", "Gio", "Hana"}},
	}}

	for i, c := range s.All() {
		fmt.Printf("%d: %s taught by %s (%d students)\n", i, c.Name, c.Teacher, len(c.Students))
	}

	startsA := FilterSeq(s.Students(), func(n string) bool { return strings.HasPrefix(n, "A") })
	fmt.Println("Names starting with A:", slices.Collect(startsA))
	fmt.Println("First four students:", slices.Collect(Take(s.Students(), 4)))

	for name := range s.Students() {
		if len(name) == 2 {
			fmt.Println("First two-letter name:", name)
			break
		}
	}

	sizes := map[string]int{}
	for _, c := range s.All() {
		sizes[c.Name] = len(c.Students)
	}
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(sizes)) {
		parts = append(parts, fmt.Sprintf("%s=%d", k, sizes[k]))
	}
	fmt.Println("sizes:", strings.Join(parts, " "))

	sorted := slices.Sorted(s.Students())
	for i, name := range slices.Backward(sorted) {
		if i < len(sorted)-3 {
			break
		}
		fmt.Println("from the end:", i, name)
	}
}
