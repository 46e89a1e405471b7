package main

import (
	"fmt"
	"slices"
	"strings"
)

func prefixFunction(p string) []int {
	pi := make([]int, len(p))
	for i, k := 1, 0; i < len(p); i++ {
		for k > 0 && p[i] != p[k] {
			k = pi[k-1]
		}
		if p[i] == p[k] {
			k++
		}
		pi[i] = k
	}
	return pi
}

func kmpSearch(text, pat string) []int {
	pi := prefixFunction(pat)
	var hits []int
	for i, k := 0, 0; i < len(text); i++ {
		for k > 0 && text[i] != pat[k] {
			k = pi[k-1]
		}
		if text[i] == pat[k] {
			k++
		}
		if k == len(pat) {
			hits = append(hits, i-k+1)
			k = pi[k-1]
		}
	}
	return hits
}

func zFunction(s string) []int {
	n := len(s)
	z := make([]int, n)
	for i, l, r := 1, 0, 0; i < n; i++ {
		if i < r {
			z[i] = min(r-i, z[i-l])
		}
		for i+z[i] < n && s[z[i]] == s[i+z[i]] {
			z[i]++
		}
		if i+z[i] > r {
			l, r = i, i+z[i]
		}
	}
	return z
}

func zSearch(text, pat string) []int {
	z := zFunction(pat + "\x00" + text)
	var hits []int
	for i := len(pat) + 1; i < len(z); i++ {
		if z[i] >= len(pat) {
			hits = append(hits, i-len(pat)-1)
		}
	}
	return hits
}

const (
	base = 256
	mod  = 1_000_000_007
)

func rabinKarp(text, pat string) (hits []int, collisions int) {
	m := len(pat)
	if m > len(text) {
		return nil, 0
	}
	var hp, ht, pow uint64 = 0, 0, 1
	for i := 0; i < m; i++ {
		hp = (hp*base + uint64(pat[i])) % mod
		ht = (ht*base + uint64(text[i])) % mod
		if i > 0 {
			pow = pow * base % mod
		}
	}
	for i := 0; ; i++ {
		if hp == ht {
			if text[i:i+m] == pat {
				hits = append(hits, i)
			} else {
				collisions++
			}
		}
		if i+m >= len(text) {
			break
		}
		ht = (ht + mod - uint64(text[i])*pow%mod) % mod
		ht = (ht*base + uint64(text[i+m])) % mod
	}
	return hits, collisions
}

func naive(text, pat string) []int {
	var hits []int
	for i := 0; i+len(pat) <= len(text); i++ {
		if strings.HasPrefix(text[i:], pat) {
			hits = append(hits, i)
		}
	}
	return hits
}

func main() {
	for _, p := range []string{"abcabd", "aabaaab", "aaaa"} {
		fmt.Printf("pi(%q) = %v\n", p, prefixFunction(p))
		fmt.Printf("z(%q)  = %v\n", p, zFunction(p))
	}
	cases := []struct{ text, pat string }{
		{"abababcabababcab", "ababc"},
		{"aaaaaa", "aa"},
		{"the cat sat on the mat with the hat", "at"},
		{"mississippi", "issi"},
		{"short", "longer pattern"},
	}
	for _, c := range cases {
		k := kmpSearch(c.text, c.pat)
		z := zSearch(c.text, c.pat)
		rk, coll := rabinKarp(c.text, c.pat)
		agree := slices.Equal(k, z) && slices.Equal(k, rk) && slices.Equal(k, naive(c.text, c.pat))
		fmt.Printf("%-38q %-10q kmp=%v z=%v rk=%v coll=%d agree=%t\n", c.text, c.pat, k, z, rk, coll, agree)
	}
	s := "abcabcabcabc"
	pi := prefixFunction(s)
	period := len(s) - pi[len(s)-1]
	fmt.Printf("smallest period of %q is %d (%q)\n", s, period, s[:period])
}
