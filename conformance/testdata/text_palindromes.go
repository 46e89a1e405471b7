package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// normalize keeps letters and digits, lowercased, as runes.
func normalize(s string) []rune {
	var out []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, unicode.ToLower(r))
		}
	}
	return out
}

func isPalindrome[T comparable](xs []T) bool {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		if xs[i] != xs[j] {
			return false
		}
	}
	return true
}

// palindromicSubstrings expands around each of the 2n-1 centers and
// returns every distinct palindrome of length >= minLen.
func palindromicSubstrings(s string, minLen int) []string {
	r := []rune(s)
	seen := map[string]bool{}
	var found []string
	for center := 0; center < 2*len(r)-1; center++ {
		lo, hi := center/2, center/2+center%2
		for lo >= 0 && hi < len(r) && r[lo] == r[hi] {
			if p := string(r[lo : hi+1]); hi-lo+1 >= minLen && !seen[p] {
				seen[p] = true
				found = append(found, p)
			}
			lo--
			hi++
		}
	}
	slices.SortFunc(found, func(a, b string) int {
		if d := len([]rune(b)) - len([]rune(a)); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	return found
}

func countAll(s string) int {
	n := 0
	r := []rune(s)
	for i := range r {
		for j := i + 1; j <= len(r); j++ {
			if isPalindrome(r[i:j]) {
				n++
			}
		}
	}
	return n
}

func main() {
	sentences := []string{
		"A man, a plan, a canal: Panama!",
		"Was it a car or a cat I saw?",
		"No lemon, no melon",
		"Hello, World",
		"Ésope reste ici et se repose",
		"12321",
	}
	for _, s := range sentences {
		fmt.Printf("%-34q palindrome=%t\n", s, isPalindrome(normalize(s)))
	}

	for _, word := range []string{"abacdfgdcaba", "forgeeksskeegfor", "banana", "aaaa", "été"} {
		subs := palindromicSubstrings(word, 2)
		longest := ""
		if len(subs) > 0 {
			longest = subs[0]
		}
		fmt.Printf("%-18s longest=%-12q count(all)=%-3d distinct(len>=2)=%v\n",
			word, longest, countAll(word), subs)
	}
	fmt.Println(isPalindrome([]int{1, 2, 3, 2, 1}), isPalindrome([]bool{true, false}))
}
