package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	// keep only letters
	var letters []rune
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters = append(letters, unicode.ToLower(r))
		}
	}
	for i, j := 0, len(letters)-1; i < j; i, j = i+1, j-1 {
		if letters[i] != letters[j] {
			return false
		}
	}
	return true
}

func reverse(s string) string {
	r := []rune(s)
	for i := 0; i < len(r)/2; i++ {
		r[i], r[len(r)-1-i] = r[len(r)-1-i], r[i]
	}
	return string(r)
}

func sortLetters(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, " ", ""))
	chars := strings.Split(s, "")
	sort.Strings(chars)
	return strings.Join(chars, "")
}

func isAnagram(a, b string) bool {
	return sortLetters(a) == sortLetters(b)
}

func main() {
	tests := []string{"racecar", "hello", "A man a plan a canal Panama", "Was it a car or a cat I saw", "golang", "noon", "été"}
	for _, t := range tests {
		if isPalindrome(t) {
			fmt.Printf("%q is a palindrome\n", t)
		} else {
			fmt.Printf("%q is NOT a palindrome (reversed: %q)\n", t, reverse(t))
		}
	}

	fmt.Println()
	pairs := [][2]string{
		{"listen", "silent"},
		{"Dormitory", "dirty room"},
		{"apple", "paper"},
		{"The eyes", "They see"},
		{"go", "og"},
	}
	for _, p := range pairs {
		result := "no"
		if isAnagram(p[0], p[1]) {
			result = "yes"
		}
		fmt.Printf("%-10s vs %-10s anagram? %s\n", p[0], p[1], result)
	}

	// group words that are anagrams of each other
	words := []string{"stop", "pots", "tops", "cat", "act", "dog", "god", "bird"}
	groups := map[string][]string{}
	for _, w := range words {
		key := sortLetters(w)
		groups[key] = append(groups[key], w)
	}
	var keys []string
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println()
	for _, k := range keys {
		fmt.Println(k, "->", groups[k])
	}
}
