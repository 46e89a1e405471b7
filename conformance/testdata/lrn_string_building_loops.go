package main

import (
	"fmt"
	"strings"
	"unicode"
)

var concatenations = 0

func main() {
	triangle := ""
	for i := 1; i <= 5; i++ {
		triangle = triangle + strings.Repeat("*", i) + "\n"
		concatenations++
	}
	fmt.Print(triangle)

	word := "parallel"
	reversed := ""
	for _, r := range word {
		reversed = string(r) + reversed
		concatenations++
	}
	fmt.Println("reversed:", reversed)
	fmt.Println("palindrome?", isPalindrome(word), isPalindrome("level"))

	csv := ""
	for i := range 6 {
		if i > 0 {
			csv += ","
		}
		csv += fmt.Sprint(i * 10)
		concatenations++
	}
	fmt.Println("csv:", csv)
	parts := strings.Split(csv, ",")
	fmt.Println("split:", parts, "count:", len(parts))

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	fmt.Println("builder:", sb.String(), "len:", sb.Len())

	sentence := "  Go is fun, and Go is fast!  "
	fmt.Printf("trimmed: %q\n", strings.TrimSpace(sentence))
	fmt.Println("upper:", strings.ToUpper(strings.TrimSpace(sentence)))
	fmt.Println("count Go:", strings.Count(sentence, "Go"))
	fmt.Println("index fun:", strings.Index(sentence, "fun"))
	fmt.Println("replace:", strings.Replace(strings.TrimSpace(sentence), "Go", "Python", 1))
	fmt.Println("has prefix:", strings.HasPrefix(strings.TrimSpace(sentence), "Go"))
	fmt.Println("fields:", strings.Fields(sentence))

	vowels, consonants := 0, 0
	for _, r := range strings.ToLower(sentence) {
		if !unicode.IsLetter(r) {
			continue
		}
		if strings.ContainsRune("aeiou", r) {
			vowels++
		} else {
			consonants++
		}
	}
	fmt.Println("vowels:", vowels, "consonants:", consonants)

	title := ""
	for _, w := range strings.Fields("the art of multiprocessor programming") {
		title += strings.ToUpper(w[:1]) + w[1:] + " "
		concatenations++
	}
	fmt.Printf("title: %q\n", strings.TrimRight(title, " "))
	fmt.Println("concatenations:", concatenations)
}

func isPalindrome(s string) bool {
	for i := 0; i < len(s)/2; i++ {
		if s[i] != s[len(s)-1-i] {
			return false
		}
	}
	return true
}
