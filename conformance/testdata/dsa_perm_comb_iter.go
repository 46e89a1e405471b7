package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// Permutations yields permutations of items in lexicographic index order.
func Permutations[T any](items []T) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		n := len(items)
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		for {
			out := make([]T, n)
			for i, j := range idx {
				out[i] = items[j]
			}
			if !yield(out) {
				return
			}
			i := n - 2
			for i >= 0 && idx[i] >= idx[i+1] {
				i--
			}
			if i < 0 {
				return
			}
			j := n - 1
			for idx[j] <= idx[i] {
				j--
			}
			idx[i], idx[j] = idx[j], idx[i]
			slices.Reverse(idx[i+1:])
		}
	}
}

// Combinations yields k-element index-ordered combinations using recursion.
func Combinations[T any](items []T, k int) iter.Seq2[int, []T] {
	return func(yield func(int, []T) bool) {
		count := 0
		cur := make([]T, 0, k)
		var rec func(start int) bool
		rec = func(start int) bool {
			if len(cur) == k {
				count++
				return yield(count, slices.Clone(cur))
			}
			for i := start; i <= len(items)-(k-len(cur)); i++ {
				cur = append(cur, items[i])
				if !rec(i + 1) {
					return false
				}
				cur = cur[:len(cur)-1]
			}
			return true
		}
		rec(0)
	}
}

func PowerSet(items []string) iter.Seq[[]string] {
	return func(yield func([]string) bool) {
		for mask := 0; mask < 1<<len(items); mask++ {
			var sub []string
			for i, it := range items {
				if mask&(1<<i) != 0 {
					sub = append(sub, it)
				}
			}
			if !yield(sub) {
				return
			}
		}
	}
}

func main() {
	n := 0
	for p := range Permutations([]int{1, 2, 3}) {
		n++
		fmt.Printf("perm %d: %v\n", n, p)
	}
	words := []string{"b", "a", "c", "a"}
	seen := map[string]bool{}
	var uniq []string
	for p := range Permutations(words) {
		key := strings.Join(p, "")
		if !seen[key] {
			seen[key] = true
			uniq = append(uniq, key)
		}
	}
	slices.Sort(uniq)
	fmt.Printf("unique arrangements of %v: %d %v\n", words, len(uniq), uniq)

	for i, c := range Combinations([]string{"A", "B", "C", "D", "E"}, 3) {
		fmt.Printf("%2d %v\n", i, c)
	}
	for i, c := range Combinations([]int{10, 20, 30, 40, 50, 60}, 2) {
		if c[0]+c[1] > 60 {
			fmt.Printf("first pair over 60 at #%d: %v\n", i, c)
			break
		}
	}
	total := 0
	for p := range Permutations([]rune("abcdef")) {
		if string(p) == "bacfed" {
			fmt.Printf("reached %q after %d permutations\n", string(p), total)
			break
		}
		total++
	}
	for s := range PowerSet([]string{"x", "y", "z"}) {
		fmt.Printf("subset %q\n", s)
	}
	sums := slices.Collect(func(yield func(int) bool) {
		for _, c := range Combinations([]int{1, 2, 3, 4}, 2) {
			if !yield(c[0] * c[1]) {
				return
			}
		}
	})
	fmt.Println("pair products:", sums)
}
