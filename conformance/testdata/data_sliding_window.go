package main

import "fmt"

// longestUnique finds the longest substring without repeating characters.
func longestUnique(s string) string {
	last := map[rune]int{}
	rs := []rune(s)
	bestL, bestR, left := 0, 0, 0
	for right, r := range rs {
		if i, ok := last[r]; ok && i >= left {
			left = i + 1
		}
		last[r] = right
		if right+1-left > bestR-bestL {
			bestL, bestR = left, right+1
		}
	}
	return string(rs[bestL:bestR])
}

// minWindow returns the smallest substring of s containing all chars of t.
func minWindow(s, t string) (string, bool) {
	need := map[byte]int{}
	for i := range len(t) {
		need[t[i]]++
	}
	missing := len(t)
	start, end := 0, -1
	left := 0
	for right := range len(s) {
		if need[s[right]] > 0 {
			missing--
		}
		need[s[right]]--
		for missing == 0 {
			if end < 0 || right-left < end-start {
				start, end = left, right
			}
			need[s[left]]++
			if need[s[left]] > 0 {
				missing++
			}
			left++
		}
	}
	if end < 0 {
		return "", false
	}
	return s[start : end+1], true
}

// maxSumWindow returns the best fixed-size window sum and its start.
func maxSumWindow(xs []int, k int) (best, at int) {
	sum := 0
	for i, x := range xs {
		sum += x
		if i >= k {
			sum -= xs[i-k]
		}
		if i == k-1 || (i >= k && sum > best) {
			best, at = sum, i-k+1
		}
	}
	return best, at
}

// shortestAtLeast finds the shortest subarray with sum >= target (positive ints).
func shortestAtLeast(xs []int, target int) int {
	best := len(xs) + 1
	sum, left := 0, 0
	for right, x := range xs {
		sum += x
		for sum >= target {
			best = min(best, right-left+1)
			sum -= xs[left]
			left++
		}
	}
	if best > len(xs) {
		return 0
	}
	return best
}

func anagramStarts(s, p string) []int {
	var want, have [26]int
	for i := range len(p) {
		want[p[i]-'a']++
	}
	var out []int
	for i := range len(s) {
		have[s[i]-'a']++
		if i >= len(p) {
			have[s[i-len(p)]-'a']--
		}
		if have == want {
			out = append(out, i-len(p)+1)
		}
	}
	return out
}

func main() {
	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", "dvdf", "日本日本語"} {
		u := longestUnique(s)
		fmt.Printf("longest unique in %-10q = %q (%d)\n", s, u, len([]rune(u)))
	}
	for _, pair := range [][2]string{{"ADOBECODEBANC", "ABC"}, {"a", "aa"}, {"cabwefgewcwaefgcf", "cae"}} {
		w, ok := minWindow(pair[0], pair[1])
		fmt.Printf("min window of %q in %q: %q ok=%v\n", pair[1], pair[0], w, ok)
	}
	temps := []int{3, -2, 7, 1, -4, 6, 8, -1, 2}
	for _, k := range []int{1, 3, 5} {
		best, at := maxSumWindow(temps, k)
		fmt.Printf("k=%d best sum %d at %d: %v\n", k, best, at, temps[at:at+k])
	}
	nums := []int{2, 3, 1, 2, 4, 3}
	for _, t := range []int{7, 4, 100} {
		fmt.Printf("shortest with sum>=%d: %d\n", t, shortestAtLeast(nums, t))
	}
	fmt.Println("anagrams of 'abc':", anagramStarts("cbaebabacd", "abc"))
}
