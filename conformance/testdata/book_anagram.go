// Exercise 3.12: report whether two strings are anagrams of each other.
package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// isAnagram counts runes, ignoring case and non-letters.
func isAnagram(a, b string) bool {
	counts := make(map[rune]int)
	for _, r := range a {
		if unicode.IsLetter(r) {
			counts[unicode.ToLower(r)]++
		}
	}
	for _, r := range b {
		if unicode.IsLetter(r) {
			counts[unicode.ToLower(r)]--
		}
	}
	for _, n := range counts {
		if n != 0 {
			return false
		}
	}
	return true
}

// signature returns the sorted lowercase letters of s.
func signature(s string) string {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			rs = append(rs, r)
		}
	}
	slices.Sort(rs)
	return string(rs)
}

func main() {
	pairs := [][2]string{
		{"listen", "silent"},
		{"Dormitory", "dirty room"},
		{"The eyes", "They see"},
		{"hello", "world"},
		{"aab", "abb"},
		{"Ärger", "Regär"},
		{"", ""},
	}
	for _, p := range pairs {
		fmt.Printf("%-12q %-12q %t %t\n", p[0], p[1], isAnagram(p[0], p[1]), signature(p[0]) == signature(p[1]))
	}

	words := []string{"stop", "pots", "tops", "opts", "post", "spot", "cat", "act", "tac", "dog", "god", "bird"}
	groups := make(map[string][]string)
	for _, w := range words {
		sig := signature(w)
		groups[sig] = append(groups[sig], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%s: %v\n", k, groups[k])
	}
}
