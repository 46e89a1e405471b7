package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

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
			if i++; i == n {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

// Naturals is an infinite sequence; consumers must stop it.
func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for n := 1; ; n++ {
			if !yield(n) {
				return
			}
		}
	}
}

func Fib() iter.Seq[uint64] {
	return func(yield func(uint64) bool) {
		a, b := uint64(0), uint64(1)
		for yield(a) {
			a, b = b, a+b
		}
	}
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	primes := slices.Collect(Take(Filter(Naturals(), isPrime), 10))
	fmt.Println("first 10 primes:", primes)

	squares := Map(Take(Naturals(), 5), func(n int) string { return fmt.Sprintf("%d²=%d", n, n*n) })
	for i, s := range Enumerate(squares) {
		fmt.Printf("  %d: %s\n", i, s)
	}

	evenFibs := Take(Filter(Fib(), func(v uint64) bool { return v%2 == 0 }), 6)
	fmt.Println("even fibs:", slices.Collect(evenFibs))

	words := strings.Fields("the cat sat on the mat with the hat")
	upperByIndex := maps.Collect(Enumerate(Map(slices.Values(words), strings.ToUpper)))
	fmt.Println("indexed upper:", upperByIndex)

	seen := map[string]int{}
	for _, w := range words {
		seen[w]++
	}
	for _, k := range slices.Sorted(maps.Keys(seen)) {
		fmt.Printf("  %-4s %d\n", k, seen[k])
	}

	long := slices.Collect(Filter(slices.Values(words), func(w string) bool { return len(w) > 3 }))
	fmt.Printf("long words: %q (%T)\n", long, long)

	keyLens := slices.Collect(Map(slices.Values(slices.Sorted(maps.Keys(seen))), func(s string) int { return len(s) }))
	fmt.Println("sorted key upperByIndex:", keyLens)

	count := 0
	for range Take(Naturals(), 1000) {
		count++
	}
	fmt.Println("counted:", count, "take 0:", slices.Collect(Take(Naturals(), 0)))
}
