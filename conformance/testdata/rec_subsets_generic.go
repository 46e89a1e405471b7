package main

import (
	"fmt"
	"strings"
)

// PowerSet builds all subsets by deciding, for each element, whether to
// leave it out or take it.
func PowerSet[T any](xs []T) [][]T {
	if len(xs) == 0 {
		return [][]T{{}}
	}
	rest := PowerSet(xs[1:])
	out := make([][]T, 0, 2*len(rest))
	out = append(out, rest...)
	for _, s := range rest {
		out = append(out, append([]T{xs[0]}, s...))
	}
	return out
}

// SubsetsWhere walks the include/exclude tree and reports only the
// subsets accepted by keep.
func SubsetsWhere[T any](xs []T, keep func([]T) bool) [][]T {
	var out [][]T
	var cur []T
	var walk func(i int)
	walk = func(i int) {
		if i == len(xs) {
			if keep(cur) {
				out = append(out, append([]T(nil), cur...))
			}
			return
		}
		cur = append(cur, xs[i])
		walk(i + 1)
		cur = cur[:len(cur)-1]
		walk(i + 1)
	}
	walk(0)
	return out
}

// canSplit reports whether nums can be divided into two groups with equal sums.
func canSplit(nums []int) (bool, []int) {
	total := 0
	for _, n := range nums {
		total += n
	}
	if total%2 != 0 {
		return false, nil
	}
	var pick []int
	var try func(i, need int) bool
	try = func(i, need int) bool {
		if need == 0 {
			return true
		}
		if i == len(nums) || need < 0 {
			return false
		}
		pick = append(pick, nums[i])
		if try(i+1, need-nums[i]) {
			return true
		}
		pick = pick[:len(pick)-1]
		return try(i+1, need)
	}
	ok := try(0, total/2)
	return ok, pick
}

func main() {
	letters := []string{"x", "y", "z"}
	for i, s := range PowerSet(letters) {
		fmt.Printf("%d: {%s}\n", i, strings.Join(s, ","))
	}

	nums := []int{3, 1, 4, 1, 5}
	fmt.Println("power set size of", nums, "=", len(PowerSet(nums)))

	sumIs := func(target int) func([]int) bool {
		return func(s []int) bool {
			t := 0
			for _, v := range s {
				t += v
			}
			return t == target
		}
	}
	fmt.Println("subsets summing to 6:", SubsetsWhere(nums, sumIs(6)))

	short := SubsetsWhere([]rune("abcd"), func(s []rune) bool { return len(s) == 2 })
	var words []string
	for _, s := range short {
		words = append(words, string(s))
	}
	fmt.Println("2-letter subsets:", words)

	for _, tc := range [][]int{{1, 5, 11, 5}, {1, 2, 3, 5}, {2, 2, 3, 5, 8}, {7, 7}} {
		ok, half := canSplit(tc)
		fmt.Printf("split %v -> %t %v\n", tc, ok, half)
	}
}
