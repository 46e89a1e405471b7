// Week 4 assignment: generate permutations and subsets by backtracking.
package main

import (
	"fmt"
	"strings"
)

// permutations returns every ordering of items, in lexicographic order
// when items is sorted.
func permutations(items []string) [][]string {
	var result [][]string
	used := make([]bool, len(items))
	current := make([]string, 0, len(items))
	var backtrack func()
	backtrack = func() {
		if len(current) == len(items) {
			cp := make([]string, len(current))
			copy(cp, current)
			result = append(result, cp)
			return
		}
		for i, it := range items {
			if used[i] {
				continue
			}
			used[i] = true
			current = append(current, it)
			backtrack()
			current = current[:len(current)-1]
			used[i] = false
		}
	}
	backtrack()
	return result
}

// subsets builds the power set using include/exclude recursion.
func subsets(nums []int) [][]int {
	if len(nums) == 0 {
		return [][]int{{}}
	}
	rest := subsets(nums[1:])
	out := make([][]int, 0, 2*len(rest))
	for _, s := range rest {
		out = append(out, s)
	}
	for _, s := range rest {
		with := append([]int{nums[0]}, s...)
		out = append(out, with)
	}
	return out
}

// subsetSum counts subsets whose elements add up to target.
func subsetSum(nums []int, target int) int {
	if target == 0 {
		return 1
	}
	if len(nums) == 0 || target < 0 {
		return 0
	}
	return subsetSum(nums[1:], target-nums[0]) + subsetSum(nums[1:], target)
}

func main() {
	perms := permutations([]string{"a", "b", "c"})
	fmt.Printf("%d permutations of abc:\n", len(perms))
	for i, p := range perms {
		fmt.Printf("  %d: %s\n", i+1, strings.Join(p, ""))
	}

	subs := subsets([]int{1, 2, 3})
	fmt.Printf("%d subsets of [1 2 3]:\n", len(subs))
	for _, s := range subs {
		fmt.Printf("  %v (len %d)\n", s, len(s))
	}

	nums := []int{2, 3, 5, 6, 8, 10}
	for _, t := range []int{10, 13, 0, 100} {
		fmt.Printf("subsets of %v summing to %d: %d\n", nums, t, subsetSum(nums, t))
	}
	fmt.Println("4 items have", len(permutations([]string{"w", "x", "y", "z"})), "permutations")
}
