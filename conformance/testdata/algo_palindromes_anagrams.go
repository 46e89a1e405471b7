package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

// longestPalindrome expands around every centre.
func longestPalindrome(s string) string {
	best := ""
	expand := func(l, r int) {
		for l >= 0 && r < len(s) && s[l] == s[r] {
			l--
			r++
		}
		if r-l-1 > len(best) {
			best = s[l+1 : r]
		}
	}
	for i := range len(s) {
		expand(i, i)
		expand(i, i+1)
	}
	return best
}

func signature(w string) string {
	rs := []rune(strings.ToLower(w))
	slices.Sort(rs)
	return string(rs)
}

func groupAnagrams(words []string) [][]string {
	groups := map[string][]string{}
	for _, w := range words {
		sig := signature(w)
		groups[sig] = append(groups[sig], w)
	}
	var out [][]string
	for _, g := range groups {
		slices.Sort(g)
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b []string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a[0], b[0])
	})
	return out
}

func main() {
	tests := []string{"A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon", "été"}
	for _, t := range tests {
		fmt.Printf("%-32q %v\n", t, isPalindrome(t))
	}
	for _, s := range []string{"babad", "forgeeksskeegfor", "abacdfgdcaba", "x"} {
		fmt.Printf("longest palindrome in %s: %s\n", s, longestPalindrome(s))
	}

	words := strings.Fields("listen silent enlist google tinsel banana inlets elgoog cat act tac dog")
	for i, g := range groupAnagrams(words) {
		fmt.Printf("group %d: %s\n", i+1, strings.Join(g, ", "))
	}
	fmt.Println(signature("Dormitory") == signature("dirtyroom"))
}
