package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A log sanitizer that reports byte vs rune statistics, repairs invalid
// UTF-8 and truncates safely at rune boundaries.

type Stats struct {
	Bytes, Runes, Invalid, Letters, Wide int
}

func analyze(s string) Stats {
	st := Stats{Bytes: len(s)}
	for _, r := range s { // ranging over a string decodes runes
		st.Runes++
		switch {
		case r == utf8.RuneError:
			st.Invalid++
		case unicode.IsLetter(r):
			st.Letters++
		}
		if utf8.RuneLen(r) > 1 {
			st.Wide++
		}
	}
	return st
}

// truncate cuts s to at most n bytes without splitting a rune.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func sanitize(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				fmt.Fprintf(&b, `\x%02x`, s[i])
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func main() {
	lines := []string{
		"plain ascii",
		"naïve café",
		"日本語テキスト",
		"bad\xffbyte",
		"cut\xe6\x97", // truncated 3-byte sequence
		"emoji 🙂 ok",
		"real \uFFFD replacement",
	}
	for _, l := range lines {
		st := analyze(l)
		fmt.Printf("%-28q bytes=%2d runes=%2d invalid=%d letters=%2d wide=%d valid=%v\n",
			l, st.Bytes, st.Runes, st.Invalid, st.Letters, st.Wide, utf8.ValidString(l))
	}

	fmt.Println("-- range offsets vs byte loop")
	s := "a€\x80b"
	for i, r := range s {
		fmt.Printf("  rune at %d: %U %q\n", i, r, r)
	}
	var hexes []string
	for i := 0; i < len(s); i++ {
		hexes = append(hexes, fmt.Sprintf("%02x", s[i]))
	}
	fmt.Println("  bytes:", strings.Join(hexes, " "))

	fmt.Println("-- sanitize")
	for _, l := range lines[3:] {
		fmt.Printf("  %s\n", sanitize(l))
	}

	fmt.Println("-- truncate to 7 bytes")
	for _, l := range []string{"日本語テキスト", "naïve café", "emoji 🙂 ok"} {
		t := truncate(l, 7)
		fmt.Printf("  %q -> %q (%d bytes, valid=%v) naive=%q\n", l, t, len(t), utf8.ValidString(t), l[:7])
	}

	fmt.Println("-- conversions")
	bad := "x\xffy"
	fmt.Printf("  []rune: %U\n", []rune(bad))
	fmt.Printf("  string([]rune) round trip: %q\n", string([]rune(bad)))
	fmt.Printf("  []byte: % x\n", []byte(bad))
	fmt.Printf("  string(rune(65))=%q string(rune(-1))=%q\n", string(rune(65)), string(rune(-1)))
	fmt.Println("  ToUpper keeps invalid bytes replaced:", strings.ToUpper("b\xffé") == "B\uFFFDÉ")
}
