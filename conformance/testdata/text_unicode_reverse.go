package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reverseBytes is the naive version: it breaks multi-byte runes.
func reverseBytes(s string) string {
	b := []byte(s)
	slices.Reverse(b)
	return string(b)
}

// reverseRunes reverses code points, which is right for most text.
func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isRegional(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// extends reports whether r attaches to the preceding character:
// combining marks, ZWJ, variation selectors and skin-tone modifiers.
func extends(r rune) bool {
	return unicode.Is(unicode.Mn, r) || r == '\u200d' || r == '\ufe0f' || r >= 0x1F3FB && r <= 0x1F3FF
}

// reverseGraphemes is a simplified grapheme-cluster reverse.
func reverseGraphemes(s string) string {
	var clusters []string
	for i := 0; i < len(s); {
		first, size := utf8.DecodeRuneInString(s[i:])
		end := i + size
		if r, sz := utf8.DecodeRuneInString(s[end:]); isRegional(first) && isRegional(r) {
			end += sz // a flag is a pair of regional indicators
		}
		for end < len(s) {
			r, sz := utf8.DecodeRuneInString(s[end:])
			if !extends(r) && !strings.HasSuffix(s[:end], "\u200d") {
				break
			}
			end += sz
		}
		clusters = append(clusters, s[i:end])
		i = end
	}
	slices.Reverse(clusters)
	return strings.Join(clusters, "")
}

func reverseWords(s string) string {
	words := strings.Fields(s)
	slices.Reverse(words)
	return strings.Join(words, " ")
}

func main() {
	inputs := []string{
		"Hello, 世界",
		"naïve café",
		"noe\u0308l", // e + combining diaeresis
		"👍🏽 ok 🇫🇷",
		"👩\u200d💻 dev",
		"abc\xffdef", // invalid UTF-8 byte
	}
	for _, s := range inputs {
		fmt.Printf("input    %+q (%d bytes, %d runes, valid=%t)\n", s, len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
		fmt.Printf("  bytes  %+q valid=%t\n", reverseBytes(s), utf8.ValidString(reverseBytes(s)))
		fmt.Printf("  runes  %+q\n", reverseRunes(s))
		fmt.Printf("  graph  %q\n", reverseGraphemes(s))
	}

	s := "añ€😀"
	for i, r := range s {
		fmt.Printf("byte %d: %c %U width=%d hex=%x\n", i, r, r, utf8.RuneLen(r), string(r))
	}
	fmt.Printf("% x | %X | %q\n", s, []byte(s[:3]), []rune(s))
	fmt.Println(reverseWords("  the quick   brown fox "))
	fmt.Println(reverseRunes(reverseRunes("round trip ✓")) == "round trip ✓")
	fmt.Printf("%q\n", string(rune(0x10FFFF+1)))
}
