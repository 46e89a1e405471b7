package main

import "fmt"

const (
	base    = 31
	modulus = 101 // deliberately small so that spurious hits occur
)

type rollingHash struct {
	hash, high, width int
}

func newRollingHash(s string) rollingHash {
	rh := rollingHash{high: 1, width: len(s)}
	for i := 0; i < len(s); i++ {
		rh.hash = (rh.hash*base + int(s[i])) % modulus
		if i > 0 {
			rh.high = rh.high * base % modulus
		}
	}
	return rh
}

func (rh *rollingHash) roll(out, in byte) {
	rh.hash = (rh.hash - int(out)*rh.high%modulus + modulus) % modulus
	rh.hash = (rh.hash*base + int(in)) % modulus
}

func rabinKarp(text, pat string) (matches []int, spurious int) {
	m := len(pat)
	if m > len(text) {
		return nil, 0
	}
	target := newRollingHash(pat).hash
	window := newRollingHash(text[:m])
	for i := 0; ; i++ {
		if window.hash == target {
			if text[i:i+m] == pat {
				matches = append(matches, i)
			} else {
				spurious++
			}
		}
		if i+m >= len(text) {
			break
		}
		window.roll(text[i], text[i+m])
	}
	return matches, spurious
}

// manacher returns the longest palindromic substring and the count of all palindromic substrings.
func manacher(s string) (string, int) {
	t := make([]byte, 0, 2*len(s)+1)
	t = append(t, '#')
	for i := 0; i < len(s); i++ {
		t = append(t, s[i], '#')
	}
	d := make([]int, len(t))
	l, r := 0, -1
	for i := range t {
		k := 1
		if i <= r {
			k = min(d[l+r-i], r-i+1)
		}
		for i-k >= 0 && i+k < len(t) && t[i-k] == t[i+k] {
			k++
		}
		d[i] = k
		if i+k-1 > r {
			l, r = i-k+1, i+k-1
		}
	}
	bestCenter, bestLen, count := 0, 0, 0
	for i, k := range d {
		length := k - 1
		count += k / 2
		if length > bestLen {
			bestCenter, bestLen = i, length
		}
	}
	start := (bestCenter - bestLen) / 2
	return s[start : start+bestLen], count
}

func main() {
	text := "the quick brown fox jumps over the lazy dog then the fox sleeps"
	for _, pat := range []string{"the", "fox", "o", "dog then", "cat"} {
		m, sp := rabinKarp(text, pat)
		fmt.Printf("rabin-karp %-10q matches=%v spurious=%d\n", pat, m, sp)
	}
	for _, s := range []string{"babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "aaaa", "x"} {
		p, count := manacher(s)
		fmt.Printf("manacher %-18q longest=%q palindromic substrings=%d\n", s, p, count)
	}
}
