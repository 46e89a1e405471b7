package main

import (
	"fmt"
	"slices"
)

func twoSumSorted(a []int, target int) (int, int, bool) {
	i, j := 0, len(a)-1
	for i < j {
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

func longestUnique(s string) (int, string) {
	last := map[byte]int{}
	best, bestStart, start := 0, 0, 0
	for i := 0; i < len(s); i++ {
		if p, ok := last[s[i]]; ok && p >= start {
			start = p + 1
		}
		last[s[i]] = i
		if i-start+1 > best {
			best, bestStart = i-start+1, start
		}
	}
	return best, s[bestStart : bestStart+best]
}

func minSubarrayLen(a []int, target int) int {
	best, sum, left := len(a)+1, 0, 0
	for right, v := range a {
		sum += v
		for sum >= target {
			best = min(best, right-left+1)
			sum -= a[left]
			left++
		}
	}
	if best > len(a) {
		return 0
	}
	return best
}

func slidingMax(a []int, k int) []int {
	var dq, out []int
	for i, v := range a {
		for len(dq) > 0 && a[dq[len(dq)-1]] <= v {
			dq = dq[:len(dq)-1]
		}
		dq = append(dq, i)
		if dq[0] <= i-k {
			dq = dq[1:]
		}
		if i >= k-1 {
			out = append(out, a[dq[0]])
		}
	}
	return out
}

func mostWater(h []int) (int, int, int) {
	i, j := 0, len(h)-1
	best, bi, bj := 0, 0, 0
	for i < j {
		if area := min(h[i], h[j]) * (j - i); area > best {
			best, bi, bj = area, i, j
		}
		if h[i] < h[j] {
			i++
		} else {
			j--
		}
	}
	return best, bi, bj
}

func threeSumZero(a []int) [][3]int {
	a = slices.Sorted(slices.Values(a))
	var res [][3]int
	for i := 0; i < len(a)-2; i++ {
		if i > 0 && a[i] == a[i-1] {
			continue
		}
		l, r := i+1, len(a)-1
		for l < r {
			switch s := a[i] + a[l] + a[r]; {
			case s < 0:
				l++
			case s > 0:
				r--
			default:
				res = append(res, [3]int{a[i], a[l], a[r]})
				for l++; l < r && a[l] == a[l-1]; l++ {
				}
				r--
			}
		}
	}
	return res
}

func main() {
	sorted := []int{1, 2, 4, 7, 11, 15, 20}
	for _, t := range []int{15, 26, 100} {
		i, j, ok := twoSumSorted(sorted, t)
		fmt.Printf("two-sum %d: (%d,%d) %v\n", t, i, j, ok)
	}
	for _, s := range []string{"abcabcbb", "pwwkew", "bbbb", "dvdf"} {
		n, sub := longestUnique(s)
		fmt.Printf("longest unique in %q: %d %q\n", s, n, sub)
	}
	fmt.Println("min subarray sum>=7:", minSubarrayLen([]int{2, 3, 1, 2, 4, 3}, 7))
	fmt.Println("min subarray sum>=50:", minSubarrayLen([]int{2, 3, 1, 2, 4, 3}, 50))
	fmt.Println("sliding max k=3:", slidingMax([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
	area, l, r := mostWater([]int{1, 8, 6, 2, 5, 4, 8, 3, 7})
	fmt.Printf("most water: %d between %d and %d\n", area, l, r)
	fmt.Println("three-sum zero:", threeSumZero([]int{-1, 0, 1, 2, -1, -4, -2, 3}))
}
