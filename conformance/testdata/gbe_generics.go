// Go by Example: Generics
package main

import (
	"cmp"
	"fmt"
	"strings"
)

// SlicesIndex returns the index of v in s, or -1 if not present.
func SlicesIndex[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

// Stack is a generic type; its methods keep the type parameter.
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

// Number is a constraint with a type set.
type Number interface{ ~int | ~int64 | ~float64 }

func Sum[T Number](xs ...T) (total T) {
	for _, x := range xs {
		total += x
	}
	return
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, x := range rest {
		m = max(m, x)
	}
	return m
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type meters float64

func main() {
	var s = []string{"foo", "bar", "zoo"}
	// Type arguments are usually inferred, but may be explicit.
	fmt.Println("index of zoo:", SlicesIndex(s, "zoo"))
	fmt.Println("index of qux:", SlicesIndex[[]string, string](s, "qux"))

	st := &Stack[string]{}
	st.Push("x")
	st.Push("y")
	for v, ok := st.Pop(); ok; v, ok = st.Pop() {
		fmt.Print(v, " ")
	}
	fmt.Println("| empty:", len(st.items) == 0)

	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[meters](3, 4.5))
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("*", i) }))
	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple", "zucchini"), MaxOf(2.5))

	pairs := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Printf("%v %v %T\n", pairs, Pair[int, bool]{7, true}, pairs[0])
}
