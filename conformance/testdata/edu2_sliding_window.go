// Week 6 assignment: sliding window maximum and related window problems.
package main

import "fmt"

// windowMax uses a deque of indices whose values are decreasing.
func windowMax(nums []int, k int) []int {
	if k <= 0 || k > len(nums) {
		return nil
	}
	var deque []int
	result := make([]int, 0, len(nums)-k+1)
	for i, n := range nums {
		// drop indices that have left the window
		if len(deque) > 0 && deque[0] <= i-k {
			deque = deque[1:]
		}
		// drop smaller values from the back
		for len(deque) > 0 && nums[deque[len(deque)-1]] <= n {
			deque = deque[:len(deque)-1]
		}
		deque = append(deque, i)
		if i >= k-1 {
			result = append(result, nums[deque[0]])
		}
	}
	return result
}

// windowMaxBrute is the simple O(n*k) version used to check the answer.
func windowMaxBrute(nums []int, k int) []int {
	var out []int
	for i := 0; i+k <= len(nums); i++ {
		m := nums[i]
		for _, v := range nums[i : i+k] {
			m = max(m, v)
		}
		out = append(out, m)
	}
	return out
}

// longestUniqueRun finds the longest substring without repeated bytes.
func longestUniqueRun(s string) (start, length int) {
	last := map[byte]int{}
	left := 0
	for right := 0; right < len(s); right++ {
		if p, ok := last[s[right]]; ok && p >= left {
			left = p + 1
		}
		last[s[right]] = right
		if right-left+1 > length {
			start, length = left, right-left+1
		}
	}
	return
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func main() {
	nums := []int{1, 3, -1, -3, 5, 3, 6, 7}
	for k := 1; k <= 4; k++ {
		fast := windowMax(nums, k)
		fmt.Printf("k=%d max=%v matches brute=%t\n", k, fast, equal(fast, windowMaxBrute(nums, k)))
	}
	fmt.Printf("k=0 -> %v, k=9 -> %v\n", windowMax(nums, 0), windowMax(nums, 9))

	// moving average of temperatures with a window of 3
	temps := []float64{20.5, 21.0, 23.5, 22.0, 19.5, 18.0, 21.5}
	sum := 0.0
	for i, t := range temps {
		sum += t
		if i >= 3 {
			sum -= temps[i-3]
		}
		if i >= 2 {
			fmt.Printf("day %d avg=%5.2f\n", i+1, sum/3)
		}
	}

	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", "gopherguide"} {
		st, n := longestUniqueRun(s)
		fmt.Printf("%-12s longest unique %q (start %d, len %d)\n", s, s[st:st+n], st, n)
	}
}
