package main

import "fmt"

// canPartition reports whether nums splits into two equal-sum halves and returns one half.
func canPartition(nums []int) (bool, []int, []int) {
	total := 0
	for _, v := range nums {
		total += v
	}
	if total%2 != 0 {
		return false, nil, nil
	}
	target := total / 2
	// reach[i][s]: some subset of nums[:i] sums to s.
	reach := make([][]bool, len(nums)+1)
	for i := range reach {
		reach[i] = make([]bool, target+1)
		reach[i][0] = true
	}
	for i := 1; i <= len(nums); i++ {
		for s := 1; s <= target; s++ {
			reach[i][s] = reach[i-1][s] || (s >= nums[i-1] && reach[i-1][s-nums[i-1]])
		}
	}
	if !reach[len(nums)][target] {
		return false, nil, nil
	}
	var left, right []int
	s := target
	for i := len(nums); i > 0; i-- {
		if reach[i-1][s] {
			right = append(right, nums[i-1])
		} else {
			left = append(left, nums[i-1])
			s -= nums[i-1]
		}
	}
	return true, left, right
}

// longestPalSubseq returns the length and one longest palindromic subsequence.
func longestPalSubseq(s string) (int, string) {
	n := len(s)
	if n == 0 {
		return 0, ""
	}
	dp := make([][]int, n)
	for i := range dp {
		dp[i] = make([]int, n)
		dp[i][i] = 1
	}
	for length := 2; length <= n; length++ {
		for i := 0; i+length-1 < n; i++ {
			j := i + length - 1
			if s[i] == s[j] {
				dp[i][j] = dp[i+1][j-1] + 2
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j-1])
			}
		}
	}
	var front, back []byte
	i, j := 0, n-1
	for i <= j {
		switch {
		case i == j:
			front = append(front, s[i])
			i++
		case s[i] == s[j]:
			front = append(front, s[i])
			back = append(back, s[j])
			i, j = i+1, j-1
		case dp[i+1][j] >= dp[i][j-1]:
			i++
		default:
			j--
		}
	}
	for k := len(back) - 1; k >= 0; k-- {
		front = append(front, back[k])
	}
	return dp[0][n-1], string(front)
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	sets := [][]int{
		{1, 5, 11, 5},
		{1, 2, 3, 5},
		{3, 1, 1, 2, 2, 1},
		{2, 2, 3, 5},
		{7, 3, 1, 5, 4, 8},
	}
	for _, nums := range sets {
		ok, l, r := canPartition(nums)
		if ok {
			fmt.Printf("%v -> %v (%d) | %v (%d)\n", nums, l, sum(l), r, sum(r))
		} else {
			fmt.Printf("%v -> no equal partition\n", nums)
		}
	}
	for _, s := range []string{"bbbab", "cbbd", "character", "agbdba", "racecar", "abcdef"} {
		n, p := longestPalSubseq(s)
		fmt.Printf("lps(%q) = %d %q\n", s, n, p)
	}
}
