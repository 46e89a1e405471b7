package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// Count yields start, start+step, ... forever.
func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for n := start; ; n += step {
			if !yield(n) {
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

func FilterSeq[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Primes() iter.Seq[int] {
	return FilterSeq(Count(2, 1), func(n int) bool {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				return false
			}
		}
		return true
	})
}

func Fib() iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		a, b := 0, 1
		for i := 0; ; i++ {
			if !yield(i, a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Lines(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		n := 1
		for line := range strings.Lines(s) {
			if !yield(n, strings.TrimRight(line, "\n")) {
				return
			}
			n++
		}
	}
}

func main() {
	fmt.Println("first primes:", slices.Collect(Take(Primes(), 10)))
	fmt.Println("odd multiples of 3:", slices.Collect(Take(FilterSeq(Count(3, 3), func(n int) bool { return n%2 == 1 }), 5)))

	for i, f := range Fib() {
		if f > 100 {
			fmt.Printf("first fib over 100 is F(%d)=%d\n", i, f)
			break
		}
	}

	text := "alpha\nbeta\n\ngamma\n"
	for n, line := range Lines(text) {
		if line == "" {
			continue
		}
		fmt.Printf("%2d| %s\n", n, line)
	}

	next, stop := iter.Pull2(Fib())
	defer stop()
	for range 3 {
		i, v, ok := next()
		fmt.Println("pulled:", i, v, ok)
	}

	pn, pstop := iter.Pull(Primes())
	var twins [][2]int
	prev, _ := pn()
	for len(twins) < 5 {
		p, _ := pn()
		if p-prev == 2 {
			twins = append(twins, [2]int{prev, p})
		}
		prev = p
	}
	pstop()
	fmt.Println("twin primes:", twins)

	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := slices.Sorted(maps.Keys(m))
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(keys, vals)
	for i, v := range slices.Backward(keys) {
		fmt.Printf("%d:%s ", i, v)
	}
	fmt.Println()
	doubled := maps.Collect(func(yield func(string, int) bool) {
		for k, v := range m {
			if !yield(strings.ToUpper(k), v*2) {
				return
			}
		}
	})
	fmt.Println(doubled)

	// Defer inside a range-over-func body runs when main returns, not per iteration.
	for v := range Take(Count(1, 1), 3) {
		defer fmt.Println("deferred from iteration", v)
	}
	fmt.Println("end of main body")
}
