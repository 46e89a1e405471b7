package main

import (
	"cmp"
	"fmt"
	"slices"
)

// lowerBound returns the first index i with xs[i] >= target.
func lowerBound[T cmp.Ordered](xs []T, target T) int {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if xs[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// upperBound returns the first index i with xs[i] > target.
func upperBound[T cmp.Ordered](xs []T, target T) int {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if xs[mid] <= target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// searchRotated finds target in a rotated sorted array of distinct values.
func searchRotated(xs []int, target int) (idx, probes int) {
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		probes++
		mid := lo + (hi-lo)/2
		switch {
		case xs[mid] == target:
			return mid, probes
		case xs[lo] <= xs[mid]:
			if xs[lo] <= target && target < xs[mid] {
				hi = mid - 1
			} else {
				lo = mid + 1
			}
		default:
			if xs[mid] < target && target <= xs[hi] {
				lo = mid + 1
			} else {
				hi = mid - 1
			}
		}
	}
	return -1, probes
}

// searchAnswer finds the smallest x in [lo, hi] where ok(x) is true.
func searchAnswer(lo, hi int, ok func(int) bool) int {
	for lo < hi {
		mid := lo + (hi-lo)/2
		if ok(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

func isqrt(n int) int {
	return searchAnswer(0, n+1, func(x int) bool { return x*x > n }) - 1
}

func findPeak(xs []int) int {
	return searchAnswer(0, len(xs)-1, func(i int) bool { return xs[i] > xs[i+1] })
}

func main() {
	xs := []int{1, 2, 2, 2, 5, 7, 7, 9, 12}
	fmt.Println("data:", xs)
	for _, t := range []int{2, 7, 6, 0, 13} {
		lb, ub := lowerBound(xs, t), upperBound(xs, t)
		pos, found := slices.BinarySearch(xs, t)
		fmt.Printf("target %2d: lower=%d upper=%d count=%d stdlib=(%d,%t)\n", t, lb, ub, ub-lb, pos, found)
	}
	names := []string{"ada", "bob", "cleo", "dan", "eve"}
	fmt.Println("insert 'carl' at", lowerBound(names, "carl"))

	rot := []int{15, 18, 22, 31, 2, 5, 8, 11}
	for _, t := range []int{5, 22, 15, 11, 4} {
		i, p := searchRotated(rot, t)
		fmt.Printf("rotated search %2d -> index %2d in %d probes\n", t, i, p)
	}
	for _, n := range []int{0, 15, 16, 99, 1 << 20} {
		fmt.Printf("isqrt(%d) = %d\n", n, isqrt(n))
	}
	mountain := []int{1, 3, 8, 12, 9, 4, 2}
	fmt.Printf("peak of %v at index %d\n", mountain, findPeak(mountain))

	// Minimum ship capacity to deliver packages within D days.
	weights := []int{3, 2, 2, 4, 1, 4}
	for _, days := range []int{1, 3, 6} {
		capacity := searchAnswer(slices.Max(weights), 100, func(c int) bool {
			need, load := 1, 0
			for _, w := range weights {
				if load+w > c {
					need++
					load = 0
				}
				load += w
			}
			return need <= days
		})
		fmt.Printf("ship within %d day(s): capacity %d\n", days, capacity)
	}
}
