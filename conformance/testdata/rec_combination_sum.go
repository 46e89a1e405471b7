package main

import (
	"fmt"
	"slices"
)

// combinationSum finds all multisets drawn from cands (reuse allowed)
// that add up to target.
func combinationSum(cands []int, target int) [][]int {
	cands = slices.Sorted(slices.Values(cands))
	var res [][]int
	var path []int
	var dfs func(start, remain int)
	dfs = func(start, remain int) {
		if remain == 0 {
			res = append(res, slices.Clone(path))
			return
		}
		for i := start; i < len(cands) && cands[i] <= remain; i++ {
			path = append(path, cands[i])
			dfs(i, remain-cands[i])
			path = path[:len(path)-1]
		}
	}
	dfs(0, target)
	return res
}

// combinationSumOnce uses each element at most once; duplicates in the
// input must not produce duplicate answers.
func combinationSumOnce(cands []int, target int) [][]int {
	cands = slices.Sorted(slices.Values(cands))
	var res [][]int
	var path []int
	var dfs func(start, remain int)
	dfs = func(start, remain int) {
		if remain == 0 {
			res = append(res, slices.Clone(path))
			return
		}
		for i := start; i < len(cands) && cands[i] <= remain; i++ {
			if i > start && cands[i] == cands[i-1] {
				continue
			}
			path = append(path, cands[i])
			dfs(i+1, remain-cands[i])
			path = path[:len(path)-1]
		}
	}
	dfs(0, target)
	return res
}

// Choose returns every k-element combination of xs, preserving order.
func Choose[T any](xs []T, k int) [][]T {
	if k == 0 {
		return [][]T{{}}
	}
	if len(xs) < k {
		return nil
	}
	var out [][]T
	for _, rest := range Choose(xs[1:], k-1) {
		out = append(out, append([]T{xs[0]}, rest...))
	}
	return append(out, Choose(xs[1:], k)...)
}

func main() {
	fmt.Println("reuse allowed, target 8 from [2 3 5]:")
	for i, c := range combinationSum([]int{5, 3, 2}, 8) {
		fmt.Printf("  %d: %v\n", i+1, c)
	}

	fmt.Println("each once, target 8 from [10 1 2 7 6 1 5]:")
	for _, c := range combinationSumOnce([]int{10, 1, 2, 7, 6, 1, 5}, 8) {
		fmt.Printf("  %v sum=%d\n", c, sum(c))
	}

	team := []string{"ana", "bo", "cy", "dee", "eli"}
	pairs := Choose(team, 2)
	fmt.Printf("%d pairs from %d people, first three: %q\n", len(pairs), len(team), pairs[:3])
	for k := 0; k <= 5; k++ {
		fmt.Printf("C(5,%d) = %d\n", k, len(Choose(team, k)))
	}
	fmt.Println("triples of digits:", Choose([]int{1, 2, 3, 4}, 3))
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
