package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, e := range s {
		if keep(e) {
			out = append(out, e)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, r := range rest {
		m = max(m, r)
	}
	return m
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Celsius float64
type IDs []int

func main() {
	fmt.Println("Sum ints:", Sum(1, 2, 3, 4))
	fmt.Println("Sum floats:", Sum(1.5, 2.25))
	fmt.Printf("Sum Celsius: %v (%T)\n", Sum[Celsius](10, 20.5), Sum[Celsius](1))

	words := []string{"go", "generic", "types", "ok"}
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Printf("Map lens: %v %T\n", lens, lens)
	upper := Map(words, strings.ToUpper)
	fmt.Println("Map upper:", upper)

	ids := IDs{5, 12, 7, 30}
	big := Filter(ids, func(i int) bool { return i > 6 })
	fmt.Printf("Filter keeps named type: %v %T\n", big, big)

	joined := Reduce(words, "", func(acc string, w string) string { return acc + w[:1] })
	fmt.Println("Reduce initials:", joined)

	fmt.Println("MaxOf:", MaxOf(3, 9, 2), MaxOf("pear", "apple", "zoo"), MaxOf(2.5))

	pairs := []Pair[string, int]{{"b", 2}, {"a", 1}, {"c", 3}}
	slices.SortFunc(pairs, func(x, y Pair[string, int]) int { return cmp.Compare(x.Key, y.Key) })
	fmt.Println("sorted pairs:", pairs)
	fmt.Printf("%T\n", pairs[0])

	var st Stack[rune]
	for _, r := range "abc" {
		st.Push(r)
	}
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Printf("pop %c\n", v)
	}
	_, ok := st.Pop()
	fmt.Println("pop empty ok:", ok)

	idx, found := slices.BinarySearch([]int{1, 3, 5, 7}, 5)
	fmt.Println("BinarySearch 5:", idx, found)
	fmt.Println("slices.Index:", slices.Index(words, "types"), "Contains:", slices.Contains(words, "rust"))
}
