// A Unicode-aware word tokenizer: runes vs bytes, categories and case folding.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Category int

const (
	Letter Category = iota
	Digit
	Space
	Punct
	Symbol
	Other
)

func (c Category) String() string {
	return [...]string{"Letter", "Digit", "Space", "Punct", "Symbol", "Other"}[c]
}

func categorize(r rune) Category {
	switch {
	case unicode.IsLetter(r):
		return Letter
	case unicode.IsDigit(r):
		return Digit
	case unicode.IsSpace(r):
		return Space
	case unicode.IsPunct(r):
		return Punct
	case unicode.IsSymbol(r):
		return Symbol
	}
	return Other
}

type Span struct {
	Cat   Category
	Text  string
	Start int // byte offset
}

// spans groups consecutive runes of the same category.
func spans(s string) []Span {
	var out []Span
	for i, r := range s {
		c := categorize(r)
		if n := len(out); n > 0 && out[n-1].Cat == c && c != Punct && c != Symbol {
			out[n-1].Text += string(r)
			continue
		}
		out = append(out, Span{c, string(r), i})
	}
	return out
}

func main() {
	text := "Grüße, 世界! Café №42 costs €3½ — naïve ΣΑΣ 🙂ok"
	fmt.Printf("bytes=%d runes=%d valid=%v\n", len(text), utf8.RuneCountInString(text), utf8.ValidString(text))

	var words []string
	for _, sp := range spans(text) {
		if sp.Cat == Space {
			continue
		}
		fmt.Printf("@%-3d %-6v %-8q runes=%d\n", sp.Start, sp.Cat, sp.Text, utf8.RuneCountInString(sp.Text))
		if sp.Cat == Letter {
			words = append(words, sp.Text)
		}
	}
	fmt.Println("words:", words)

	for _, w := range []string{"Grüße", "ΣΑΣ", "İstanbul"} {
		fmt.Printf("%-9s upper=%-10s lower=%-10s fold-equal-to-lower=%v\n",
			w, strings.ToUpper(w), strings.ToLower(w), strings.EqualFold(w, strings.ToLower(w)))
	}

	for _, r := range []rune{'é', '世', '€', '🙂', '½'} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%c U+%04X %q bytes=% x len=%d\n", r, r, r, buf[:n], n)
	}

	bad := "ab\xffc"
	for i, r := range bad {
		fmt.Printf("bad[%d]=%q ", i, r)
	}
	fmt.Printf("\nvalid=%v, rune at 2 is RuneError: %v\n", utf8.ValidString(bad), []rune(bad)[2] == utf8.RuneError)
}
