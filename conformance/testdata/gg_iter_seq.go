package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// Count produces start, start+step, ... forever.
func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for n := start; ; n += step {
			if !yield(n) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
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
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

// Indexed pairs each value with a key derived from it.
func Indexed[K comparable, V any](seq iter.Seq[V], key func(V) K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for v := range seq {
			if !yield(key(v), v) {
				return
			}
		}
	}
}

func Sum[T ~int | ~float64](seq iter.Seq[T]) T {
	var total T
	for v := range seq {
		total += v
	}
	return total
}

func Lines(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for line := range strings.SplitSeq(text, "\n") {
			if line = strings.TrimSpace(line); line != "" && !yield(line) {
				return
			}
		}
	}
}

func main() {
	evens := Filter(Count(1, 1), func(n int) bool { return n%2 == 0 })
	fmt.Println("first 5 evens:", slices.Collect(Take(evens, 5)))

	squares := Map(Take(Count(1, 1), 6), func(n int) int { return n * n })
	fmt.Println("squares:", slices.Collect(squares), "sum:", Sum(squares))

	labels := Map(Take(Count(10, 5), 4), func(n int) string { return fmt.Sprintf("#%03d", n) })
	fmt.Println("labels:", strings.Join(slices.Collect(labels), " "))

	text := `
		apple 3
		banana 12

		cherry 7
	`
	byFirst := maps.Collect(Indexed(Lines(text), func(s string) byte { return s[0] }))
	fmt.Printf("byFirst: %q\n", byFirst)

	upper := maps.Collect(Indexed(Map(Lines(text), func(s string) string {
		name, _, _ := strings.Cut(s, " ")
		return name
	}), func(s string) string { return strings.ToUpper(s) }))
	fmt.Println("upper:", upper)

	var parts []string
	for i, v := range slices.All([]string{"x", "y", "z"}) {
		parts = append(parts, fmt.Sprintf("%d=%s", i, v))
	}
	fmt.Println("pairs:", strings.Join(parts, ", "))

	backward := slices.Collect(func(yield func(string) bool) {
		for _, s := range slices.Backward([]string{"one", "two", "three"}) {
			if !yield(s) {
				return
			}
		}
	})
	fmt.Println("backward:", backward)

	half := Sum(Map(Take(Count(1, 1), 4), func(n int) float64 { return float64(n) / 2 }))
	fmt.Printf("half-sum: %5.2f\n", half)

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Printf("%s:%d\n", k, m[k])
	}
	inverted := maps.Collect(func(yield func(int, string) bool) {
		for k, v := range m {
			if !yield(v, k) {
				return
			}
		}
	})
	fmt.Println("inverted:", inverted)
	fmt.Printf("%T\n", evens)
}
