// Chapter: generics.
package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func MapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, r := range rest {
		m = max(m, r)
	}
	return m
}

func Zero[T any]() T {
	var zero T
	return zero
}

type Stack[T any] struct {
	items []T
}

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

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type MyInt int

func CountKeys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.25}))
	fmt.Println(Sum([]MyInt{4, 5}), fmt.Sprintf("%T", Sum([]MyInt{})))

	lens := MapSlice([]string{"go", "java", "c"}, func(s string) int { return len(s) })
	upper := MapSlice([]string{"a", "b"}, strings.ToUpper)
	fmt.Println(lens, upper)

	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple", "zucchini"), MaxOf(2.5))

	fmt.Printf("%q %v %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[]int]() == nil, Zero[struct{ A int }]())

	var s Stack[string]
	s.Push("a")
	s.Push("b")
	for range 3 {
		v, ok := s.Pop()
		fmt.Printf("pop %q ok=%v left=%d\n", v, ok, len(s.items))
	}
	fmt.Printf("%T %+v\n", &Stack[int]{}, Stack[float64]{items: []float64{1.5}})

	pairs := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Printf("%v %v %T\n", pairs, pairs[0], pairs[0])
	fmt.Println(CountKeys(map[string]bool{"x": true, "y": false}))

	// Explicit instantiation produces an ordinary function value.
	sumInts := Sum[int]
	fmt.Printf("%T %d\n", sumInts, sumInts([]int{7, 8}))
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), min(3, 1, 2))
}
