package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
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

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, x := range rest {
		m = max(m, x)
	}
	return m
}

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

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Set[T cmp.Ordered] map[T]struct{}

func (s Set[T]) Add(vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}

func (s Set[T]) Sorted() []T { return slices.Sorted(maps.Keys(s)) }

type Celsius float64

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}

	// Step 1: Map with type inference
	fmt.Println("step 1:", Map(nums, func(n int) int { return n * n }))

	// Step 2: Map to a different type
	fmt.Printf("step 2: %q\n", Map(nums, func(n int) string { return strings.Repeat("*", n) }))

	// Step 3: Filter
	fmt.Println("step 3:", Filter(nums, func(n int) bool { return n%2 == 0 }))

	// Step 4: Reduce with a different accumulator type
	joined := Reduce(nums, "", func(acc string, n int) string { return acc + fmt.Sprint(n) })
	fmt.Println("step 4:", joined)

	// Step 5: constraint with a union of types
	fmt.Println("step 5:", Sum(nums), Sum([]float64{0.5, 0.25}))

	// Step 6: ~ allows named types with that underlying type
	temps := []Celsius{20.5, 22, 19.5}
	fmt.Printf("step 6: %.1f (%T)\n", Sum(temps), Sum(temps))

	// Step 7: cmp.Ordered works for strings too
	fmt.Println("step 7:", MaxOf(3, 9, 2), MaxOf("pear", "apple", "zucchini"))

	// Step 8: explicit type arguments
	fmt.Println("step 8:", MaxOf[float64](1, 2.5))

	// Step 9: a generic stack of strings
	var st Stack[string]
	st.Push("a")
	st.Push("b")
	v, ok := st.Pop()
	fmt.Println("step 9:", v, ok)
	v, ok = st.Pop()
	fmt.Println("step 10:", v, ok)
	v, ok = st.Pop()
	fmt.Printf("step 11: %q %v\n", v, ok)

	// Step 12: generic structs
	pairs := []Pair[string, int]{{"x", 1}, {"y", 2}}
	fmt.Println("step 12:", pairs)

	// Step 13: a generic set with sorted output
	s := Set[string]{}
	s.Add("go", "rust", "go", "c", "zig", "c")
	fmt.Println("step 13:", s.Sorted(), len(s))

	// Step 14: chaining generic helpers
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	long := Filter(words, func(w string) bool { return len(w) > 3 })
	lengths := Map(long, func(w string) int { return len(w) })
	fmt.Println("step 14:", long, lengths, Sum(lengths))

	// Step 15: instantiating a generic function as a value
	sumInts := Sum[int]
	fmt.Printf("step 15: %T -> %d\n", sumInts, sumInts([]int{7, 8}))
}
