package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	words := []string{"hello", "héllo", "日本語", "🙂ok", ""}
	for _, w := range words {
		fmt.Printf("%-8q bytes=%2d runes=%d valid=%v\n", w, len(w), utf8.RuneCountInString(w), utf8.ValidString(w))
	}

	s := "aé世🙂"
	for i, r := range s {
		fmt.Printf("offset %d: %c (U+%04X) width=%d\n", i, r, r, utf8.RuneLen(r))
	}
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()

	b := []byte(s)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%c:%d ", r, size)
		b = b[size:]
	}
	fmt.Println()
	last, size := utf8.DecodeLastRuneInString(s)
	fmt.Printf("last rune %c size %d\n", last, size)

	bad := string([]byte{'a', 0xff, 'b'})
	for i, r := range bad {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println("valid:", utf8.ValidString(bad), r2s(utf8.RuneError))
	fmt.Println(strings.ToValidUTF8(bad, "?"))

	buf := utf8.AppendRune(nil, '€')
	fmt.Printf("% x len=%d\n", buf, len(buf))

	fmt.Println(reverseRunes("Hello, 世界!"))

	var letters, digits, spaces, upper, punct int
	for _, r := range "Go 1.26 Ünïcode, Ωmega!" {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			punct++
		}
	}
	fmt.Println("letters", letters, "upper", upper, "digits", digits, "spaces", spaces, "punct", punct)
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Greek, 'Ω'), unicode.In('a', unicode.Latin))
	fmt.Printf("%c %c %c\n", unicode.ToUpper('ß'), unicode.ToLower('Σ'), unicode.ToTitle('ǆ'))
}

func r2s(r rune) string { return fmt.Sprintf("%q", r) }
