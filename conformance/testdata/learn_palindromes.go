package main

import (
	"fmt"
	"strings"
	"unicode"
)

func clean(s string) string {
	out := ""
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out += string(r)
		}
	}
	return out
}

func isPalindrome(s string) bool {
	r := []rune(clean(s))
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		if r[i] != r[j] {
			return false
		}
	}
	return true
}

func isPalRec(s string) bool {
	if len(s) <= 1 {
		return true
	}
	if s[0] != s[len(s)-1] {
		return false
	}
	return isPalRec(s[1 : len(s)-1])
}

func numPal(n int) bool {
	orig := n
	rev := 0
	for n > 0 {
		rev = rev*10 + n%10
		n /= 10
	}
	return orig == rev
}

func main() {
	tests := []string{"racecar", "hello", "A man, a plan, a canal: Panama", "", "ab", "Was it a car or a cat I saw?", "été"}
	for _, t := range tests {
		fmt.Printf("%-32q cleaned=%-25q pal=%v rec=%v\n", t, clean(t), isPalindrome(t), isPalRec(clean(t)))
	}
	count := 0
	var pals []int
	for n := 100; n < 200; n++ {
		if numPal(n) {
			count++
			pals = append(pals, n)
		}
	}
	fmt.Println("numeric palindromes 100-199:", count, pals)
	fmt.Println(numPal(12321), numPal(1232))
	longest := ""
	word := "forgeeksskeegfor"
	for i := 0; i < len(word); i++ {
		for j := i + 1; j <= len(word); j++ {
			sub := word[i:j]
			if isPalRec(sub) && len(sub) > len(longest) {
				longest = sub
			}
		}
	}
	fmt.Println("longest in", word, "is", longest, len(longest))
}
