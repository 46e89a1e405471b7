package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// Permutations yields every ordering of xs using Heap's algorithm.
func Permutations[T any](xs []T) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		a := slices.Clone(xs)
		var gen func(k int) bool
		gen = func(k int) bool {
			if k <= 1 {
				return yield(slices.Clone(a))
			}
			for i := range k {
				if !gen(k - 1) {
					return false
				}
				if i < k-1 {
					if k%2 == 0 {
						a[i], a[k-1] = a[k-1], a[i]
					} else {
						a[0], a[k-1] = a[k-1], a[0]
					}
				}
			}
			return true
		}
		gen(len(a))
	}
}

// Combinations yields index-ordered k-subsets together with a running count.
func Combinations[T any](xs []T, k int) iter.Seq2[int, []T] {
	return func(yield func(int, []T) bool) {
		n := 0
		var pick []T
		var rec func(start int) bool
		rec = func(start int) bool {
			if len(pick) == k {
				n++
				return yield(n, slices.Clone(pick))
			}
			for i := start; i < len(xs); i++ {
				pick = append(pick, xs[i])
				if !rec(i + 1) {
					return false
				}
				pick = pick[:len(pick)-1]
			}
			return true
		}
		rec(0)
	}
}

func factorial(n int) int {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

func main() {
	count := 0
	for p := range Permutations([]int{1, 2, 3}) {
		count++
		fmt.Println(count, p)
	}

	words := map[string]bool{}
	for p := range Permutations([]rune("tea")) {
		words[string(p)] = true
	}
	all := slices.Sorted(func(yield func(string) bool) {
		for w := range words {
			if !yield(w) {
				return
			}
		}
	})
	fmt.Println("arrangements of tea:", strings.Join(all, ","))

	for n := range 7 {
		c := 0
		for range Permutations(make([]struct{}, n)) {
			c++
		}
		fmt.Printf("n=%d perms=%d n!=%d\n", n, c, factorial(n))
	}

	for i, c := range Combinations([]string{"go", "rust", "zig", "c"}, 2) {
		fmt.Printf("combo %d: %v\n", i, c)
	}

	// early exit: stop at first permutation that is sorted descending
	for p := range Permutations([]int{4, 1, 3, 2}) {
		if slices.IsSortedFunc(p, func(a, b int) int { return b - a }) {
			fmt.Println("first descending:", p)
			break
		}
	}
}
