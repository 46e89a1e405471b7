package main

import (
	"fmt"
	"sort"
	"strings"
)

func product[T any](a, b []T) [][2]T {
	out := [][2]T{}
	for _, x := range a {
		for _, y := range b {
			out = append(out, [2]T{x, y})
		}
	}
	return out
}

func permutations(xs []string, r int) [][]string {
	if r == 0 {
		return [][]string{{}}
	}
	var out [][]string
	for i, x := range xs {
		rest := append(append([]string{}, xs[:i]...), xs[i+1:]...)
		for _, p := range permutations(rest, r-1) {
			out = append(out, append([]string{x}, p...))
		}
	}
	return out
}

func combinations(xs []int, r int) [][]int {
	if r == 0 {
		return [][]int{{}}
	}
	var out [][]int
	for i := 0; i <= len(xs)-r; i++ {
		for _, c := range combinations(xs[i+1:], r-1) {
			out = append(out, append([]int{xs[i]}, c...))
		}
	}
	return out
}

func chain[T any](seqs ...[]T) []T {
	var out []T
	for _, s := range seqs {
		out = append(out, s...)
	}
	return out
}

type group struct {
	Key   string
	Items []string
}

// groupby only groups consecutive items, so sort first
func groupBy(xs []string, key func(string) string) []group {
	var out []group
	for _, x := range xs {
		k := key(x)
		if len(out) == 0 || out[len(out)-1].Key != k {
			out = append(out, group{Key: k})
		}
		out[len(out)-1].Items = append(out[len(out)-1].Items, x)
	}
	return out
}

func accumulate(xs []int, f func(a, b int) int) []int {
	out := make([]int, 0, len(xs))
	for i, x := range xs {
		if i == 0 {
			out = append(out, x)
			continue
		}
		out = append(out, f(out[i-1], x))
	}
	return out
}

func main() {
	fmt.Println("product:", product([]string{"a", "b"}, []string{"x", "y", "z"}))
	perms := permutations([]string{"A", "B", "C"}, 2)
	fmt.Println("permutations:", len(perms), perms)
	fmt.Println("combinations:", combinations([]int{1, 2, 3, 4}, 2))
	fmt.Println("combinations r=3:", combinations([]int{1, 2, 3, 4}, 3))
	fmt.Println("chain:", chain([]int{1, 2}, nil, []int{3}, []int{4, 5}))

	words := strings.Fields("apple bob avocado cat banana cherry blueberry date")
	first := func(s string) string { return s[:1] }
	fmt.Println("unsorted groups:", len(groupBy(words, first)))
	sort.Strings(words)
	for _, g := range groupBy(words, first) {
		fmt.Printf("  %s: %v\n", g.Key, g.Items)
	}
	add := func(a, b int) int { return a + b }
	fmt.Println("accumulate:", accumulate([]int{1, 2, 3, 4, 5}, add))
	fmt.Println("running max:", accumulate([]int{3, 1, 4, 1, 5, 9, 2, 6}, func(a, b int) int { return max(a, b) }))
	fmt.Println("factorials:", accumulate([]int{1, 2, 3, 4, 5, 6}, func(a, b int) int { return a * b }))

	// zip_longest with fill value
	a, b := []int{1, 2, 3}, []int{10, 20}
	for i := range max(len(a), len(b)) {
		x, y := -1, -1
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		fmt.Printf("(%d, %d) ", x, y)
	}
	fmt.Println()
}
