package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

func reverseRunes(s string) string {
	rs := []rune(s)
	slices.Reverse(rs)
	return string(rs)
}

func reverseBytes(s string) string {
	b := []byte(s)
	slices.Reverse(b)
	return string(b)
}

func main() {
	samples := []string{"hello", "héllo", "日本語", "👍🏽ok", "a\xffb", "ﬁ"}
	fmt.Printf("%-12s %5s %5s %6s\n", "string", "bytes", "runes", "valid")
	for _, s := range samples {
		fmt.Printf("%-12q %5d %5d %6v\n", s, len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	}

	fmt.Println("-- range over string yields byte offsets --")
	s := "añ€😀"
	for i, r := range s {
		fmt.Printf("offset %d: %c U+%04X width=%d\n", i, r, r, utf8.RuneLen(r))
	}

	fmt.Println("-- indexing bytes vs runes --")
	fmt.Printf("s[1]=%d (0x%x) []rune(s)[1]=%c\n", s[1], s[1], []rune(s)[1])
	fmt.Printf("s[1:3]=%q valid=%v\n", s[1:3], utf8.ValidString(s[1:3]))
	fmt.Printf("s[1:2]=%q valid=%v\n", s[1:2], utf8.ValidString(s[1:2]))

	fmt.Println("-- invalid bytes decode to RuneError --")
	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Printf("  %d: %q is-error=%v\n", i, r, r == utf8.RuneError)
	}
	fmt.Printf("  ToValidUTF8: %q\n", strings.ToValidUTF8(bad, "?"))

	fmt.Println("-- manual decoding --")
	for rest := "Ωx€"; len(rest) > 0; {
		r, size := utf8.DecodeRuneInString(rest)
		fmt.Printf("  %c size=%d bytes=% x\n", r, size, rest[:size])
		rest = rest[size:]
	}
	last, size := utf8.DecodeLastRuneInString("naïve")
	fmt.Printf("  last rune of naïve: %c (%d byte)\n", last, size)

	fmt.Println("-- reversal --")
	word := "résumé"
	fmt.Printf("  runes: %q\n", reverseRunes(word))
	rb := reverseBytes(word)
	fmt.Printf("  bytes: %q valid=%v\n", rb, utf8.ValidString(rb))

	fmt.Println("-- building --")
	var buf []byte
	for _, r := range []rune{'G', 'ö', '∑', '🚀'} {
		buf = utf8.AppendRune(buf, r)
	}
	fmt.Printf("  %s len=%d runes=%d\n", buf, len(buf), utf8.RuneCount(buf))
	fmt.Printf("  string(rune(65))=%q string(rune(-1))=%q\n", string(rune(65)), string(rune(-1)))

	fmt.Println("-- truncate safely to 5 bytes --")
	for _, t := range []string{"abcdefgh", "ééééé", "日本語です"} {
		cut := 5
		for cut > 0 && !utf8.RuneStart(t[cut]) {
			cut--
		}
		fmt.Printf("  %q -> %q\n", t, t[:cut])
	}
}
