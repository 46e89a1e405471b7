package main

import (
	"fmt"
	"slices"
	"sort"
)

// lowerBound returns the first index i with a[i] >= x.
func lowerBound(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// upperBound returns the first index i with a[i] > x.
func upperBound(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := lo + (hi-lo)/2
		if a[mid] <= x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// searchRotated finds target in a rotated sorted array of distinct values.
func searchRotated(a []int, target int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		switch {
		case a[mid] == target:
			return mid
		case a[lo] <= a[mid]:
			if a[lo] <= target && target < a[mid] {
				hi = mid - 1
			} else {
				lo = mid + 1
			}
		default:
			if a[mid] < target && target <= a[hi] {
				lo = mid + 1
			} else {
				hi = mid - 1
			}
		}
	}
	return -1
}

// isqrt finds floor(sqrt(n)) by binary searching the answer.
func isqrt(n uint64) uint64 {
	lo, hi := uint64(0), min(n, 1<<32-1)
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if mid*mid <= n {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// minShipCapacity is the classic "binary search on the answer" problem.
func minShipCapacity(weights []int, days int) int {
	feasible := func(capacity int) bool {
		need, load := 1, 0
		for _, w := range weights {
			if load+w > capacity {
				need++
				load = 0
			}
			load += w
		}
		return need <= days
	}
	lo, hi := slices.Max(weights), 0
	for _, w := range weights {
		hi += w
	}
	return lo + sort.Search(hi-lo+1, func(i int) bool { return feasible(lo + i) })
}

func main() {
	a := []int{1, 3, 3, 3, 5, 8, 8, 13, 21}
	fmt.Println("a =", a)
	fmt.Printf("%3s %5s %5s %5s %8s\n", "x", "lower", "upper", "count", "slices")
	for _, x := range []int{0, 3, 4, 8, 21, 30} {
		lb, ub := lowerBound(a, x), upperBound(a, x)
		i, found := slices.BinarySearch(a, x)
		if i != lb || sort.SearchInts(a, x) != lb {
			panic("mismatch with standard library")
		}
		fmt.Printf("%3d %5d %5d %5d %5d/%-5v\n", x, lb, ub, ub-lb, i, found)
	}

	rot := []int{15, 18, 22, 30, 2, 5, 9, 11}
	fmt.Println("rotated =", rot)
	for _, t := range []int{15, 2, 11, 30, 7} {
		fmt.Printf("  search(%2d) -> %2d\n", t, searchRotated(rot, t))
	}

	for _, n := range []uint64{0, 1, 15, 16, 17, 1_000_000, 1<<63 + 12345} {
		fmt.Printf("isqrt(%d) = %d\n", n, isqrt(n))
	}

	w := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	for _, d := range []int{1, 3, 5, 10} {
		fmt.Printf("ship %v within %2d days: capacity %d\n", w, d, minShipCapacity(w, d))
	}
}
