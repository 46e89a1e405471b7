package main

import (
	"fmt"
	"slices"
	"sort"
)

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

func upperBound(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] <= x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func equalRange(a []int, x int) (first, last int, found bool) {
	l, u := lowerBound(a, x), upperBound(a, x)
	if l == u {
		return -1, -1, false
	}
	return l, u - 1, true
}

func searchRotated(a []int, x int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		if a[mid] == x {
			return mid
		}
		if a[lo] <= a[mid] {
			if a[lo] <= x && x < a[mid] {
				hi = mid - 1
			} else {
				lo = mid + 1
			}
		} else {
			if a[mid] < x && x <= a[hi] {
				lo = mid + 1
			} else {
				hi = mid - 1
			}
		}
	}
	return -1
}

func isqrt(n int) int {
	lo, hi := 0, n+1
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if mid <= n/mid {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

func main() {
	a := []int{1, 3, 3, 3, 5, 8, 8, 13, 21, 21, 21, 21, 34}
	fmt.Println("array:", a)
	for _, x := range []int{0, 3, 4, 8, 21, 34, 40} {
		lb, ub := lowerBound(a, x), upperBound(a, x)
		first, last, ok := equalRange(a, x)
		_, stdFound := slices.BinarySearch(a, x)
		fmt.Printf("x=%2d lower=%2d upper=%2d std=%2d range=[%2d,%2d] found=%v/%v\n",
			x, lb, ub, sort.SearchInts(a, x), first, last, ok, stdFound)
	}

	rot := []int{15, 18, 22, 31, 2, 5, 7, 9, 11}
	fmt.Println("rotated:", rot)
	for _, x := range []int{2, 11, 15, 31, 6} {
		fmt.Printf("  find %2d -> index %d\n", x, searchRotated(rot, x))
	}

	for _, n := range []int{0, 1, 15, 16, 99, 1000000, 2147395600} {
		fmt.Printf("isqrt(%d) = %d\n", n, isqrt(n))
	}
}
