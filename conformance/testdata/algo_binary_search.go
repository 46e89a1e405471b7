package main

import "fmt"

// search returns the index of target in sorted xs, or -1.
func search(xs []int, target int) int {
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case xs[mid] == target:
			return mid
		case xs[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

// lowerBound returns the first index i with xs[i] >= target.
func lowerBound(xs []int, target int) (i int) {
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

func searchRecursive(xs []int, target, lo, hi int) int {
	if lo > hi {
		return -1
	}
	mid := (lo + hi) / 2
	if xs[mid] == target {
		return mid
	}
	if xs[mid] < target {
		return searchRecursive(xs, target, mid+1, hi)
	}
	return searchRecursive(xs, target, lo, mid-1)
}

// isqrt finds floor(sqrt(n)) by binary searching on the answer.
func isqrt(n int) int {
	lo, hi := 0, n
	ans := 0
	for lo <= hi {
		m := (lo + hi) / 2
		if m*m <= n {
			ans = m
			lo = m + 1
		} else {
			hi = m - 1
		}
	}
	return ans
}

func main() {
	xs := []int{1, 3, 3, 3, 7, 9, 12, 15, 20}
	for _, t := range []int{1, 3, 8, 20, 21, 0} {
		fmt.Printf("target %2d: iter=%2d rec=%2d lower=%d\n",
			t, search(xs, t), searchRecursive(xs, t, 0, len(xs)-1), lowerBound(xs, t))
	}
	count := lowerBound(xs, 4) - lowerBound(xs, 3)
	fmt.Println("count of 3:", count)

	for _, n := range []int{0, 1, 15, 16, 99, 1000000} {
		fmt.Printf("isqrt(%d)=%d ", n, isqrt(n))
	}
	fmt.Println()

	// find first bad version
	firstBad := 37
	isBad := func(v int) bool { return v >= firstBad }
	lo, hi, steps := 1, 100, 0
	for lo < hi {
		steps++
		mid := lo + (hi-lo)/2
		if isBad(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	fmt.Printf("first bad version %d found in %d steps\n", lo, steps)
	fmt.Println(search(nil, 5), lowerBound([]int{}, 5))
}
