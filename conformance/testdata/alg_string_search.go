package main

import (
	"errors"
	"fmt"
)

func prefixFunction(p string) []int {
	pi := make([]int, len(p))
	for i := 1; i < len(p); i++ {
		k := pi[i-1]
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

func kmpSearch(text, pat string) (res []int, err error) {
	if pat == "" {
		return nil, errors.New("empty pattern")
	}
	pi, k := prefixFunction(pat), 0
	for i := 0; i < len(text); i++ {
		for k > 0 && text[i] != pat[k] {
			k = pi[k-1]
		}
		if text[i] == pat[k] {
			k++
		}
		if k == len(pat) {
			res = append(res, i-k+1)
			k = pi[k-1]
		}
	}
	return res, nil
}

func zFunction(s string) []int {
	n := len(s)
	z := make([]int, n)
	for i, l, r := 1, 0, 0; i < n; i++ { // [l,r) is the rightmost match window
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

func zSearch(text, pat string) (res []int) {
	for i, v := range zFunction(pat + "\x00" + text)[len(pat)+1:] {
		if v >= len(pat) {
			res = append(res, i)
		}
	}
	return res
}

func rabinKarp(text, pat string) (res []int) {
	const base, mod = 256, 1_000_000_007
	m := len(pat)
	var hp, ht, pow uint64 = 0, 0, 1
	for i := range m {
		hp = (hp*base + uint64(pat[i])) % mod
		pow = pow * base % mod // ends as base^m
	}
	for i := range len(text) {
		ht = (ht*base + uint64(text[i])) % mod
		if i >= m {
			ht = (ht + mod - uint64(text[i-m])*pow%mod) % mod
		}
		if i >= m-1 && ht == hp && text[i-m+1:i+1] == pat {
			res = append(res, i-m+1)
		}
	}
	return res
}

func main() {
	text := "abracadabra abracadabra"
	for _, p := range []string{"abra", "cad", "a", "xyz", ""} {
		k, err := kmpSearch(text, p)
		if err != nil {
			fmt.Printf("%q: error: %v\n", p, err)
			continue
		}
		fmt.Printf("%q kmp=%v z=%v rk=%v\n", p, k, zSearch(text, p), rabinKarp(text, p))
	}
	fmt.Println("pi(aabaaab):", prefixFunction("aabaaab"), "z(aabxaab):", zFunction("aabxaab"))
}
