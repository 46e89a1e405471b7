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

type Celsius float64
type Cents int

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

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

func Fold[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

// FoldRight is written recursively: f(x0, f(x1, ... f(xn, acc))).
func FoldRight[T, A any](xs []T, acc A, f func(T, A) A) A {
	if len(xs) == 0 {
		return acc
	}
	return f(xs[0], FoldRight(xs[1:], acc, f))
}

func Sum[T Number](xs []T) T {
	return Fold(xs, T(0), func(a, b T) T { return a + b })
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	groups := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		groups[k] = append(groups[k], x)
	}
	return groups
}

func MapValues[K comparable, V, W any](m map[K]V, f func(V) W) map[K]W {
	out := make(map[K]W, len(m))
	for k, v := range m {
		out[k] = f(v)
	}
	return out
}

// SortedEach visits map entries in key order.
func SortedEach[K cmp.Ordered, V any](m map[K]V, visit func(K, V)) {
	for _, k := range slices.Sorted(maps.Keys(m)) {
		visit(k, m[k])
	}
}

func main() {
	nums := []int{4, 8, 15, 16, 23, 42}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	fmt.Println("evens:", evens, "squares:", squares, "sum:", Sum(squares))
	fmt.Printf("mean of %v = %.3f\n", nums, Mean(nums))

	temps := []Celsius{18.5, 21, 19.25, 25.5, 16}
	warm := Filter(temps, func(c Celsius) bool { return c > 19 })
	fmt.Printf("warm days %v, total %v (%T), mean %.2f\n", warm, Sum(warm), Sum(warm), Mean(temps))

	prices := []Cents{199, 2450, 75, 1000}
	fmt.Println("prices:", prices, "total:", Sum(prices))

	words := strings.Fields("go gopher generic grape apple avocado banana blueberry kiwi")
	joined := FoldRight(words[:4], "", func(w, acc string) string { return "(" + w + " " + acc + ")" })
	fmt.Println("fold right:", joined)
	longest := Fold(words, "", func(best, w string) string {
		if len(w) > len(best) {
			return w
		}
		return best
	})
	fmt.Println("longest word:", longest)

	byLetter := GroupBy(words, func(w string) byte { return w[0] })
	SortedEach(byLetter, func(k byte, ws []string) {
		fmt.Printf("  %c: %v\n", k, ws)
	})
	lengths := MapValues(byLetter, func(ws []string) int { return Sum(Map(ws, func(s string) int { return len(s) })) })
	SortedEach(lengths, func(k byte, n int) { fmt.Printf("  %q letters=%d\n", k, n) })
	fmt.Println("lengths map:", lengths)
}
