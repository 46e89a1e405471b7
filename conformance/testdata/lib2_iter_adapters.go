package main

import (
	"fmt"
	"iter"
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
			i++
			if i == n {
				return
			}
		}
	}
}

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		next, stop := iter.Pull(bs)
		defer stop()
		for a := range as {
			b, ok := next()
			if !ok || !yield(a, b) {
				return
			}
		}
	}
}

func Chunk[T any](seq iter.Seq[T], size int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		buf := make([]T, 0, size)
		for v := range seq {
			buf = append(buf, v)
			if len(buf) == size {
				if !yield(buf) {
					return
				}
				buf = make([]T, 0, size)
			}
		}
		if len(buf) > 0 {
			yield(buf)
		}
	}
}

// Naturals is an infinite sequence 1, 2, 3, ...
func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
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

func main() {
	isPrime := func(n int) bool {
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
	primes := slices.Collect(Take(Filter(Naturals(), isPrime), 12))
	fmt.Println("primes:", primes)

	squares := Map(Take(Naturals(), 5), func(n int) string { return fmt.Sprintf("%d²=%d", n, n*n) })
	fmt.Println(strings.Join(slices.Collect(squares), ", "))

	names := slices.Values([]string{"ada", "grace", "linus", "ken"})
	for name, n := range Zip(names, Naturals()) {
		fmt.Printf("%d:%s ", n, name)
	}
	fmt.Println()

	for i, c := range Enumerate(Chunk(Take(Naturals(), 11), 4)) {
		fmt.Printf("chunk %d = %v (len %d)\n", i, c, len(c))
	}

	for i, w := range Enumerate(Map(slices.Values(strings.Fields("go is fun")), strings.ToUpper)) {
		if i == 2 {
			break
		}
		fmt.Println(i, w)
	}

	evens := Filter(slices.Values([]int{1, 2, 3, 4, 5, 6, 7, 8}), func(n int) bool { return n%2 == 0 })
	sum := 0
	for v := range evens {
		sum += v
	}
	fmt.Println("sum of evens:", sum, "empty take:", slices.Collect(Take(evens, 0)))
	fmt.Printf("%T\n", evens)
}
