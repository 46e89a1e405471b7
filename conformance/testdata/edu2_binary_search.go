// Week 4 assignment: recursive and iterative binary search.
package main

import (
	"fmt"
	"slices"
)

// searchRec returns the index of target in sorted xs, or -1.
func searchRec(xs []int, target, lo, hi int) int {
	if lo > hi {
		return -1
	}
	mid := lo + (hi-lo)/2
	switch {
	case xs[mid] == target:
		return mid
	case xs[mid] < target:
		return searchRec(xs, target, mid+1, hi)
	default:
		return searchRec(xs, target, lo, mid-1)
	}
}

// lowerBound returns the first index whose value is >= target,
// and how many comparisons it took.
func lowerBound(xs []int, target int) (idx, steps int) {
	lo, hi := 0, len(xs)
	for lo < hi {
		steps++
		mid := (lo + hi) / 2
		if xs[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, steps
}

// intSqrt finds floor(sqrt(n)) by binary searching the answer.
func intSqrt(n int) int {
	lo, hi := 0, n
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if mid*mid <= n {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func main() {
	xs := []int{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37}
	fmt.Println("data:", xs)
	for _, t := range []int{2, 19, 37, 4, 40, -1} {
		i := searchRec(xs, t, 0, len(xs)-1)
		lb, steps := lowerBound(xs, t)
		j, found := slices.BinarySearch(xs, t)
		fmt.Printf("target=%3d rec=%3d lower=%2d steps=%d stdlib=(%d,%t)\n", t, i, lb, steps, j, found)
	}

	for _, n := range []int{0, 1, 15, 16, 99, 1000000} {
		fmt.Printf("isqrt(%d) = %d\n", n, intSqrt(n))
	}
}
