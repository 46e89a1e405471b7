package main

import (
	"cmp"
	"fmt"
	"slices"
)

func lowerBound[T cmp.Ordered](a []T, x T) int {
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

// searchAnswer finds the smallest x in [lo, hi] with ok(x) true.
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

func twoSumSorted(a []int, target int) (int, int, bool) {
	for i, j := 0, len(a)-1; i < j; {
		switch s := a[i] + a[j]; {
		case s == target:
			return i, j, true
		case s < target:
			i++
		default:
			j--
		}
	}
	return -1, -1, false
}

func threeSum(nums []int) [][3]int {
	a := slices.Clone(nums)
	slices.Sort(a)
	var res [][3]int
	for i := 0; i < len(a)-2; i++ {
		if i > 0 && a[i] == a[i-1] {
			continue
		}
		for l, r := i+1, len(a)-1; l < r; {
			s := a[i] + a[l] + a[r]
			if s < 0 {
				l++
			} else if s > 0 {
				r--
			} else {
				res = append(res, [3]int{a[i], a[l], a[r]})
				for l++; l < r && a[l] == a[l-1]; l++ {
				}
				r--
			}
		}
	}
	return res
}

func maxWater(h []int) (best, bi, bj int) {
	for i, j := 0, len(h)-1; i < j; {
		if area := min(h[i], h[j]) * (j - i); area > best {
			best, bi, bj = area, i, j
		}
		if h[i] < h[j] {
			i++
		} else {
			j--
		}
	}
	return
}

func main() {
	sorted := []int{1, 3, 3, 5, 8, 13, 21}
	for _, x := range []int{0, 3, 4, 21, 30} {
		fmt.Printf("lowerBound(%2d) = %d\n", x, lowerBound(sorted, x))
	}
	fmt.Println("lowerBound strings:", lowerBound([]string{"ant", "bee", "cat", "dog"}, "cow"))
	i, j, ok := twoSumSorted(sorted, 16)
	fmt.Printf("twoSum(16): i=%d j=%d ok=%v\n", i, j, ok)
	_, _, ok = twoSumSorted(sorted, 100)
	fmt.Println("twoSum(100) ok:", ok)
	fmt.Println("threeSum:", threeSum([]int{-1, 0, 1, 2, -1, -4, -2, 3, 0, 0}))
	area, l, r := maxWater([]int{1, 8, 6, 2, 5, 4, 8, 3, 7})
	fmt.Printf("max water=%d between %d and %d\n", area, l, r)

	piles := []int{30, 11, 23, 4, 20}
	for _, hours := range []int{5, 6, 8} {
		speed := searchAnswer(1, 30, func(k int) bool {
			h := 0
			for _, p := range piles {
				h += (p + k - 1) / k
			}
			return h <= hours
		})
		fmt.Printf("koko hours=%d min speed=%d\n", hours, speed)
	}

	weights := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	for _, days := range []int{1, 3, 5, 10} {
		capacity := searchAnswer(slices.Max(weights), 55, func(c int) bool {
			need, load := 1, 0
			for _, w := range weights {
				if load+w > c {
					need, load = need+1, 0
				}
				load += w
			}
			return need <= days
		})
		fmt.Printf("ship in %2d days: capacity=%d\n", days, capacity)
	}
	for _, n := range []int{0, 1, 15, 16, 1000000} {
		root := searchAnswer(0, n+1, func(x int) bool { return x*x > n }) - 1
		fmt.Printf("isqrt(%d) = %d\n", n, root)
	}
}
