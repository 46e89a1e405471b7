package main

import (
	"fmt"
	"sync"
)

// countSubsets counts subsets of nums[i:] adding up to target and records
// the first one found in include/exclude order.
func countSubsets(nums []int, i, target int, chosen []int, first *[]int) int {
	if target == 0 {
		if *first == nil {
			*first = append([]int{}, chosen...)
		}
		return 1
	}
	if i == len(nums) || target < 0 {
		return 0
	}
	with := countSubsets(nums, i+1, target-nums[i], append(chosen, nums[i]), first)
	return with + countSubsets(nums, i+1, target, chosen, first)
}

type branch struct {
	prefix []int // values fixed by the branch choice
	count  int
	first  []int
}

// parallelSubsets fixes the first `depth` include/exclude decisions and
// explores each of the 2^depth branches in its own goroutine.
func parallelSubsets(nums []int, target, depth int) []branch {
	results := make([]branch, 1<<depth)
	var wg sync.WaitGroup
	for mask := range results {
		wg.Go(func() {
			var prefix []int
			remaining := target
			for bit := range depth {
				if mask&(1<<(depth-1-bit)) == 0 {
					prefix = append(prefix, nums[bit])
					remaining -= nums[bit]
				}
			}
			var first []int
			n := countSubsets(nums, depth, remaining, append([]int{}, prefix...), &first)
			results[mask] = branch{prefix: prefix, count: n, first: first}
		})
	}
	wg.Wait()
	return results
}

// queensFrom counts N-queens completions after placing the first queen.
func queensFrom(n, col int) int {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	var place func(r int) int
	place = func(r int) int {
		if r == n {
			return 1
		}
		total := 0
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			total += place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
		return total
	}
	cols[col], d1[col], d2[n-col] = true, true, true
	return place(1)
}

func main() {
	nums := []int{3, 34, 4, 12, 5, 2, 27, 8, 19, 6, 11, 15, 7, 9, 21, 13, 1, 17}
	const target = 50
	total := 0
	for i, b := range parallelSubsets(nums, target, 3) {
		total += b.count
		fmt.Printf("branch %d prefix=%-10v count=%-4d first=%v\n", i, fmt.Sprint(b.prefix), b.count, b.first)
	}
	var none []int
	fmt.Printf("parallel total=%d sequential total=%d\n", total, countSubsets(nums, 0, target, nil, &none))

	const n = 10
	type result struct{ col, count int }
	ch := make(chan result)
	for col := range n {
		go func() { ch <- result{col, queensFrom(n, col)} }()
	}
	perCol := make([]int, n)
	for range n {
		r := <-ch
		perCol[r.col] = r.count
	}
	sum := 0
	for _, c := range perCol {
		sum += c
	}
	fmt.Println("10-queens by first-row column:", perCol, "total:", sum)
}
