// Week 8 assignment: simple generics - Map, Filter, Reduce, Sum with constraints.
package main

import (
	"cmp"
	"fmt"
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
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

// MaxOf returns the largest element and false for an empty slice.
func MaxOf[T cmp.Ordered](xs []T) (T, bool) {
	var zero T
	if len(xs) == 0 {
		return zero, false
	}
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m, true
}

// Pair is a generic struct.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Celsius float64

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	fmt.Println("evens:", evens, "squares:", squares, "sum:", Sum(squares))

	words := []string{"go", "generic", "types", "are", "neat"}
	lengths := Map(words, func(s string) int { return len(s) })
	fmt.Printf("lengths=%v total=%d\n", lengths, Sum(lengths))
	upper := Map(words, strings.ToUpper)
	fmt.Printf("upper=%q\n", upper)
	joined := Reduce(words, "", func(acc string, w string) string {
		if acc == "" {
			return w
		}
		return acc + "-" + w
	})
	fmt.Println("joined:", joined)

	temps := []Celsius{21.5, 19.0, 23.25}
	avg := Sum(temps) / Celsius(len(temps))
	fmt.Printf("temps sum=%.2f avg=%5.2f type=%T\n", Sum(temps), avg, avg)

	m, ok := MaxOf(words)
	fmt.Printf("max word=%q ok=%t\n", m, ok)
	mf, ok := MaxOf([]float64{})
	fmt.Printf("max of empty=%v ok=%t\n", mf, ok)

	pairs := Map(words[:3], func(w string) Pair[string, int] { return Pair[string, int]{w, len(w)} })
	fmt.Println("pairs:", pairs)
	fmt.Printf("%T\n", pairs[0])
}
