package main

import (
	"fmt"
	"sort"
)

// lisFast returns one longest strictly increasing subsequence in O(n log n).
func lisFast(a []int) []int {
	tails := []int{} // indices into a
	parent := make([]int, len(a))
	for i, v := range a {
		pos := sort.Search(len(tails), func(j int) bool { return a[tails[j]] >= v })
		if pos > 0 {
			parent[i] = tails[pos-1]
		} else {
			parent[i] = -1
		}
		if pos == len(tails) {
			tails = append(tails, i)
		} else {
			tails[pos] = i
		}
	}
	out := make([]int, len(tails))
	k := -1
	if len(tails) > 0 {
		k = tails[len(tails)-1]
	}
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = a[k]
		k = parent[k]
	}
	return out
}

// lisQuadratic returns the LIS length and the number of distinct index sequences achieving it.
func lisQuadratic(a []int) (int, int) {
	n := len(a)
	length := make([]int, n)
	count := make([]int, n)
	best := 0
	for i := range n {
		length[i], count[i] = 1, 1
		for j := range i {
			if a[j] >= a[i] {
				continue
			}
			switch {
			case length[j]+1 > length[i]:
				length[i], count[i] = length[j]+1, count[j]
			case length[j]+1 == length[i]:
				count[i] += count[j]
			}
		}
		best = max(best, length[i])
	}
	total := 0
	for i := range n {
		if length[i] == best {
			total += count[i]
		}
	}
	return best, total
}

func isIncreasing(s []int) bool {
	for i := 1; i < len(s); i++ {
		if s[i] <= s[i-1] {
			return false
		}
	}
	return true
}

func main() {
	inputs := [][]int{
		{10, 9, 2, 5, 3, 7, 101, 18},
		{0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15},
		{5, 4, 3, 2, 1},
		{1, 3, 5, 4, 7},
		{2, 2, 2, 2},
		{3, 10, 2, 1, 20, 4, 6, 7, 8},
	}
	for _, a := range inputs {
		seq := lisFast(a)
		n, ways := lisQuadratic(a)
		fmt.Printf("input %v\n", a)
		fmt.Printf("  lis=%v len=%d quadratic=%d ways=%d valid=%v\n",
			seq, len(seq), n, ways, isIncreasing(seq) && len(seq) == n)
	}
}
