package main

import (
	"fmt"
	"strings"
	"unicode"
)

func cleanRunes(s string) []rune {
	var out []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, unicode.ToLower(r))
		}
	}
	return out
}

func isPalindrome(s string) bool {
	rs := cleanRunes(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

// longestPalSub uses expand-around-center on runes.
func longestPalSub(s string) string {
	rs := []rune(s)
	best0, best1 := 0, 0
	expand := func(l, r int) {
		for l >= 0 && r < len(rs) && rs[l] == rs[r] {
			l--
			r++
		}
		if r-l-1 > best1-best0 {
			best0, best1 = l+1, r
		}
	}
	for i := range rs {
		expand(i, i)
		expand(i, i+1)
	}
	return string(rs[best0:best1])
}

func isNumPalindrome(n int) bool {
	if n < 0 {
		return false
	}
	orig, rev := n, 0
	for n > 0 {
		rev = rev*10 + n%10
		n /= 10
	}
	return orig == rev
}

func main() {
	phrases := []string{
		"A man, a plan, a canal: Panama",
		"racecar",
		"Was it a car or a cat I saw?",
		"hello",
		"Ésope reste ici et se repose",
		"No 'x' in Nixon",
		"日本日",
		"",
	}
	for _, p := range phrases {
		fmt.Printf("%-32q palindrome=%-5t reversed=%q\n", p, isPalindrome(p), reverse(p))
	}

	for _, s := range []string{"babad", "forgeeksskeegfor", "abacdfgdcaba", "añana"} {
		fmt.Printf("longest palindromic substring of %s: %s\n", s, longestPalSub(s))
	}

	var nums []string
	for n := 100; n < 200; n++ {
		if isNumPalindrome(n) {
			nums = append(nums, fmt.Sprint(n))
		}
	}
	fmt.Println("numeric palindromes 100..199:", strings.Join(nums, " "))
	fmt.Println("-121 palindrome?", isNumPalindrome(-121))
}
