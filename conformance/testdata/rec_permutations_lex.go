package main

import (
	"fmt"
	"slices"
	"strings"
)

// permute generates every ordering of xs by swapping elements in place.
func permute(xs []rune, k int, emit func([]rune)) {
	if k == len(xs) {
		emit(xs)
		return
	}
	for i := k; i < len(xs); i++ {
		xs[k], xs[i] = xs[i], xs[k]
		permute(xs, k+1, emit)
		xs[k], xs[i] = xs[i], xs[k]
	}
}

// uniquePerms returns the distinct permutations of s in sorted order,
// skipping duplicate letters at the same depth.
func uniquePerms(s string) []string {
	rs := []rune(s)
	slices.Sort(rs)
	used := make([]bool, len(rs))
	cur := make([]rune, 0, len(rs))
	var out []string
	var rec func()
	rec = func() {
		if len(cur) == len(rs) {
			out = append(out, string(cur))
			return
		}
		for i, r := range rs {
			if used[i] || (i > 0 && rs[i] == rs[i-1] && !used[i-1]) {
				continue
			}
			used[i] = true
			cur = append(cur, r)
			rec()
			cur = cur[:len(cur)-1]
			used[i] = false
		}
	}
	rec()
	return out
}

// nextPerm rearranges xs into the next lexicographic permutation.
func nextPerm(xs []int) bool {
	i := len(xs) - 2
	for i >= 0 && xs[i] >= xs[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(xs) - 1
	for xs[j] <= xs[i] {
		j--
	}
	xs[i], xs[j] = xs[j], xs[i]
	slices.Reverse(xs[i+1:])
	return true
}

// kthPerm picks the k-th (0-based) permutation of items recursively
// using the factorial number system.
func kthPerm(items []string, k int) []string {
	if len(items) == 0 {
		return nil
	}
	f := 1
	for i := 2; i < len(items); i++ {
		f *= i
	}
	idx := k / f
	rest := slices.Delete(slices.Clone(items), idx, idx+1)
	return append([]string{items[idx]}, kthPerm(rest, k%f)...)
}

func main() {
	var swaps []string
	permute([]rune("abc"), 0, func(p []rune) { swaps = append(swaps, string(p)) })
	fmt.Println("swap order:  ", strings.Join(swaps, " "))
	sorted := slices.Clone(swaps)
	slices.Sort(sorted)
	fmt.Println("sorted order:", strings.Join(sorted, " "))

	for _, w := range []string{"aab", "moon", "xyz", "aaa"} {
		ps := uniquePerms(w)
		fmt.Printf("%-5q %2d unique: %v\n", w, len(ps), ps)
	}

	xs := []int{1, 2, 3, 4}
	n := 1
	for nextPerm(xs) {
		n++
		if n%5 == 0 {
			fmt.Printf("perm #%-2d %v\n", n, xs)
		}
	}
	fmt.Println("total permutations of 4:", n)

	colors := []string{"red", "green", "blue", "gold"}
	for _, k := range []int{0, 7, 13, 23} {
		fmt.Printf("k=%-2d -> %s\n", k, strings.Join(kthPerm(colors, k), ","))
	}
}
