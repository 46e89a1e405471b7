package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func category(r rune) string {
	switch {
	case unicode.IsUpper(r):
		return "upper"
	case unicode.IsLower(r):
		return "lower"
	case unicode.IsLetter(r):
		return "letter"
	case unicode.IsDigit(r):
		return "digit"
	case unicode.IsSpace(r):
		return "space"
	case unicode.IsPunct(r):
		return "punct"
	case unicode.IsSymbol(r):
		return "symbol"
	}
	return "other"
}

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos] + "…"
		}
		i++
	}
	return s
}

func main() {
	s := "Grüße, 世界! 9€ 🙂"
	fmt.Printf("string %q: bytes=%d runes=%d valid=%t\n", s, len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	fmt.Printf("hex bytes: % x\n", s[:8])

	for i, r := range s {
		fmt.Printf("%2d %c %U width=%d %-6s %q\n", i, r, r, utf8.RuneLen(r), category(r), string(r))
	}

	bad := string([]byte{'o', 'k', 0xff, 'x'})
	fmt.Printf("invalid: %q valid=%t\n", bad, utf8.ValidString(bad))
	for i, r := range bad {
		if r == utf8.RuneError {
			fmt.Printf("  rune error at byte %d (%U)\n", i, r)
		}
	}
	fixed := strings.ToValidUTF8(bad, "?")
	fmt.Printf("  repaired: %q\n", fixed)

	var buf []byte
	for _, r := range []rune{'a', 'é', '中', '😀'} {
		buf = utf8.AppendRune(buf, r)
	}
	fmt.Printf("encoded: %v -> %s\n", buf, buf)
	for len(buf) > 0 {
		r, size := utf8.DecodeLastRune(buf)
		fmt.Printf("  last %c (%d bytes)\n", r, size)
		buf = buf[:len(buf)-size]
	}

	fmt.Println(truncateRunes("héllo wörld, how are you", 10))
	fmt.Println(strings.ToUpper("straße"), strings.ToTitle("ǆ"), unicode.SimpleFold('K'))
}
