package main

import (
	"fmt"
	"slices"
)

func prefixFunction(s string) []int {
	pi := make([]int, len(s))
	for i := 1; i < len(s); i++ {
		k := pi[i-1]
		for k > 0 && s[i] != s[k] {
			k = pi[k-1]
		}
		if s[i] == s[k] {
			k++
		}
		pi[i] = k
	}
	return pi
}

func kmpSearch(text, pat string) (matches []int, comparisons int) {
	pi := prefixFunction(pat)
	k := 0
	for i := 0; i < len(text); i++ {
		for {
			comparisons++
			if text[i] == pat[k] {
				break
			}
			if k == 0 {
				break
			}
			k = pi[k-1]
		}
		if text[i] == pat[k] {
			k++
		}
		if k == len(pat) {
			matches = append(matches, i-len(pat)+1)
			k = pi[k-1]
		}
	}
	return matches, comparisons
}

func zFunction(s string) []int {
	z := make([]int, len(s))
	l, r := 0, 0
	for i := 1; i < len(s); i++ {
		if i < r {
			z[i] = min(r-i, z[i-l])
		}
		for i+z[i] < len(s) && s[z[i]] == s[i+z[i]] {
			z[i]++
		}
		if i+z[i] > r {
			l, r = i, i+z[i]
		}
	}
	return z
}

func zSearch(text, pat string) []int {
	joined := pat + "\x00" + text
	z := zFunction(joined)
	var res []int
	for i := len(pat) + 1; i < len(joined); i++ {
		if z[i] >= len(pat) {
			res = append(res, i-len(pat)-1)
		}
	}
	return res
}

func smallestPeriod(s string) int {
	pi := prefixFunction(s)
	p := len(s) - pi[len(s)-1]
	if len(s)%p == 0 {
		return p
	}
	return len(s)
}

func main() {
	for _, p := range []string{"ababaca", "aabaaab", "abcabcabc"} {
		fmt.Printf("pi(%s) = %v\n", p, prefixFunction(p))
		fmt.Printf("z(%s)  = %v\n", p, zFunction(p))
	}
	text := "abababcabababcababab"
	for _, pat := range []string{"abab", "ababc", "cab", "xyz"} {
		kmp, comps := kmpSearch(text, pat)
		z := zSearch(text, pat)
		fmt.Printf("search %-6q kmp=%v z=%v agree=%v comparisons=%d\n",
			pat, kmp, z, slices.Equal(kmp, z), comps)
	}
	for _, s := range []string{"abcabcabc", "aaaa", "abab", "abcab", "z"} {
		fmt.Printf("period(%q) = %d\n", s, smallestPeriod(s))
	}
}
