// Week 2 assignment: detect palindromes in words and sentences.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

// normalize keeps only letters and digits, lowercased.
func normalize(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// isPalindrome compares runes from both ends.
func isPalindrome(s string) bool {
	runes := []rune(normalize(s))
	for i, j := 0, len(runes)-1; i < j; i, j = i+1, j-1 {
		if runes[i] != runes[j] {
			return false
		}
	}
	return true
}

// reverse returns s with its runes in the opposite order.
func reverse(s string) string {
	runes := []rune(s)
	for i, j := 0, len(runes)-1; i < j; i, j = i+1, j-1 {
		runes[i], runes[j] = runes[j], runes[i]
	}
	return string(runes)
}

// longestPalindromicSubstring uses the expand-around-center idea.
func longestPalindromicSubstring(s string) string {
	runes := []rune(s)
	if len(runes) == 0 {
		return ""
	}
	bestStart, bestLen := 0, 1
	expand := func(lo, hi int) {
		for lo >= 0 && hi < len(runes) && runes[lo] == runes[hi] {
			lo--
			hi++
		}
		if hi-lo-1 > bestLen {
			bestStart, bestLen = lo+1, hi-lo-1
		}
	}
	for i := range runes {
		expand(i, i)
		expand(i, i+1)
	}
	return string(runes[bestStart : bestStart+bestLen])
}

func main() {
	inputs := []string{
		"racecar",
		"A man, a plan, a canal: Panama",
		"hello",
		"Was it a car or a cat I saw?",
		"No lemon, no melon",
		"Go gopher",
		"",
		"été",
	}
	count := 0
	for i, in := range inputs {
		ok := isPalindrome(in)
		if ok {
			count++
		}
		fmt.Printf("%d. %-32q palindrome=%t\n", i+1, in, ok)
	}
	fmt.Printf("%d of %d inputs are palindromes\n", count, len(inputs))

	fmt.Println("--- reversals ---")
	for _, w := range []string{"stressed", "drawer", "日本語"} {
		fmt.Printf("%s -> %s\n", w, reverse(w))
	}

	fmt.Println("--- longest palindromic substrings ---")
	for _, w := range []string{"babad", "cbbd", "forgeeksskeegfor", "abc"} {
		fmt.Printf("%-18s %q\n", w, longestPalindromicSubstring(w))
	}
}
