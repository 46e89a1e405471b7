// Week 3 assignment: inspecting strings as bytes and runes.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// describeRune returns a short label for a rune's category.
func describeRune(r rune) string {
	switch {
	case unicode.IsUpper(r):
		return "upper"
	case unicode.IsLower(r):
		return "lower"
	case unicode.IsDigit(r):
		return "digit"
	case unicode.IsSpace(r):
		return "space"
	case unicode.IsPunct(r):
		return "punct"
	case unicode.IsLetter(r):
		return "letter"
	}
	return "symbol"
}

// swapCase flips the case of every letter.
func swapCase(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, s)
}

// runLengthEncode compresses repeated runes, e.g. "aaab" -> "a3b1".
func runLengthEncode(s string) string {
	var b strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		fmt.Fprintf(&b, "%c%d", runes[i], j-i)
		i = j
	}
	return b.String()
}

func main() {
	s := "Go€ 5!ñ世"
	fmt.Printf("string %q: bytes=%d runes=%d valid=%t\n", s, len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	fmt.Printf("hex bytes: % x\n", s)
	for i, r := range s {
		fmt.Printf("  byte %2d: %c %-7U size=%d %-6s %#x\n", i, r, r, utf8.RuneLen(r), describeRune(r), r)
	}

	// Indexing gives bytes, not runes.
	fmt.Printf("s[2]=%d (%T), rune 2=%q\n", s[2], s[2], []rune(s)[2])

	bad := string([]byte{'o', 'k', 0xff})
	r, size := utf8.DecodeRuneInString(bad[2:])
	fmt.Printf("invalid byte decodes to %U size=%d valid=%t\n", r, size, utf8.ValidString(bad))

	fmt.Println("swapCase:", swapCase("Hello, Gopher 123"))
	for _, w := range []string{"aaabccdddd", "héééllo", "x", ""} {
		fmt.Printf("RLE %-12q -> %q\n", w, runLengthEncode(w))
	}

	var sb strings.Builder
	for c := 'a'; c <= 'e'; c++ {
		sb.WriteRune(c)
		sb.WriteByte('-')
	}
	fmt.Println("built:", strings.TrimSuffix(sb.String(), "-"))
}
