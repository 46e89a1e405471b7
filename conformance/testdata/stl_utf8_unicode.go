package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type class struct {
	name string
	test func(rune) bool
}

var classes = []class{
	{"letter", unicode.IsLetter},
	{"upper", unicode.IsUpper},
	{"lower", unicode.IsLower},
	{"digit", unicode.IsDigit},
	{"number", unicode.IsNumber},
	{"space", unicode.IsSpace},
	{"punct", unicode.IsPunct},
	{"symbol", unicode.IsSymbol},
	{"control", unicode.IsControl},
	{"han", func(r rune) bool { return unicode.Is(unicode.Han, r) }},
}

func classify(r rune) string {
	var names []string
	for _, c := range classes {
		if c.test(r) {
			names = append(names, c.name)
		}
	}
	if len(names) == 0 {
		return "-"
	}
	return strings.Join(names, ",")
}

func main() {
	s := "Héllo, 世界! 1²3 ☺\t"
	fmt.Println("bytes:", len(s), "runes:", utf8.RuneCountInString(s), "valid:", utf8.ValidString(s))

	for i, r := range s {
		fmt.Printf("%2d %-6q %-7U size=%d %s\n", i, r, r, utf8.RuneLen(r), classify(r))
	}

	b := []byte("añb")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("decode %q size %d\n", r, size)
		b = b[size:]
	}
	last, size := utf8.DecodeLastRuneInString("end€")
	fmt.Printf("last rune %q size %d\n", last, size)

	bad := string([]byte{'a', 0xff, 'b'})
	fmt.Println("bad valid:", utf8.ValidString(bad))
	for i, r := range bad {
		fmt.Printf("  bad[%d] = %U (is RuneError: %v)\n", i, r, r == utf8.RuneError)
	}
	fmt.Printf("cleaned: %q\n", strings.ToValidUTF8(bad, "?"))

	buf := make([]byte, 0, 16)
	for _, r := range []rune{'A', 'é', '€', '𝄞'} {
		buf = utf8.AppendRune(buf, r)
	}
	fmt.Printf("encoded % x (runes: %d)\n", buf, utf8.RuneCount(buf))
	fmt.Println("full rune of first 2 bytes of €:", utf8.FullRune([]byte("€")[:2]))

	fmt.Println("to upper/lower/title:", string(unicode.ToUpper('ä')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('ǆ')))
	k1 := unicode.SimpleFold('K')
	k2 := unicode.SimpleFold(k1)
	fmt.Printf("simple fold orbit of K: %U %U %U\n", 'K', k1, k2)
	fmt.Println("in Greek:", unicode.In('λ', unicode.Greek), unicode.In('l', unicode.Greek))
	fmt.Println("in Latin or Cyrillic:", unicode.In('ж', unicode.Latin, unicode.Cyrillic))
	fmt.Printf("max rune: %U, replacement char: %U\n", unicode.MaxRune, utf8.RuneError)

	counts := map[string]int{}
	for _, r := range "Go 1.26 ships in 2026: fast, fun & free!" {
		switch {
		case unicode.IsLetter(r):
			counts["letters"]++
		case unicode.IsDigit(r):
			counts["digits"]++
		case unicode.IsSpace(r):
			counts["spaces"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println("class counts:", counts)
}
