package main

import (
	"fmt"
	"slices"
	"strings"
)

// PermutationsRec generates all permutations by recursive swapping.
func PermutationsRec[T any](items []T) [][]T {
	a := slices.Clone(items)
	var out [][]T
	var rec func(k int)
	rec = func(k int) {
		if k == len(a) {
			out = append(out, slices.Clone(a))
			return
		}
		for i := k; i < len(a); i++ {
			a[k], a[i] = a[i], a[k]
			rec(k + 1)
			a[k], a[i] = a[i], a[k]
		}
	}
	rec(0)
	return out
}

// NextPermutation rearranges a into the next lexicographic order; false at the end.
func NextPermutation(a []int) bool {
	i := len(a) - 2
	for i >= 0 && a[i] >= a[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(a) - 1
	for a[j] <= a[i] {
		j--
	}
	a[i], a[j] = a[j], a[i]
	slices.Reverse(a[i+1:])
	return true
}

// CombinationsRec chooses k of the items recursively.
func CombinationsRec(items []string, k int) [][]string {
	if k == 0 {
		return [][]string{{}}
	}
	if len(items) < k {
		return nil
	}
	var out [][]string
	for _, rest := range CombinationsRec(items[1:], k-1) {
		out = append(out, append([]string{items[0]}, rest...))
	}
	return append(out, CombinationsRec(items[1:], k)...)
}

// CombinationsIter enumerates index combinations iteratively.
func CombinationsIter(n, k int, visit func([]int)) {
	idx := make([]int, k)
	for i := range idx {
		idx[i] = i
	}
	for {
		visit(idx)
		i := k - 1
		for i >= 0 && idx[i] == n-k+i {
			i--
		}
		if i < 0 {
			return
		}
		idx[i]++
		for j := i + 1; j < k; j++ {
			idx[j] = idx[j-1] + 1
		}
	}
}

func main() {
	perms := PermutationsRec([]string{"a", "b", "c"})
	fmt.Printf("recursive perms of abc (%d): %v\n", len(perms), perms)

	a := []int{1, 2, 2, 3}
	var lines []string
	for ok := true; ok; ok = NextPermutation(a) {
		lines = append(lines, fmt.Sprint(a))
	}
	fmt.Printf("lexicographic perms of [1 2 2 3] (%d):\n", len(lines))
	for i := 0; i < len(lines); i += 4 {
		fmt.Println("  " + strings.Join(lines[i:min(i+4, len(lines))], " "))
	}

	fruits := []string{"apple", "kiwi", "mango", "pear", "plum"}
	combos := CombinationsRec(fruits, 3)
	fmt.Printf("C(5,3) recursive = %d\n", len(combos))
	for _, c := range combos {
		fmt.Printf("  %-24s %q\n", strings.Join(c, "+"), c)
	}

	count := 0
	var first, last string
	CombinationsIter(6, 4, func(idx []int) {
		s := fmt.Sprint(idx)
		if count == 0 {
			first = s
		}
		last = s
		count++
	})
	fmt.Printf("C(6,4) iterative = %d first=%s last=%s\n", count, first, last)
	fmt.Printf("perms of 5 ints: %d\n", len(PermutationsRec([]int{1, 2, 3, 4, 5})))
}
