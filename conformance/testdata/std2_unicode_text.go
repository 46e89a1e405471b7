package main

import (
	"fmt"
	"strings"
	"unicode"
)

// titleCase upper-cases the first letter of every word and lower-cases the rest.
func titleCase(s string) string {
	var b strings.Builder
	startOfWord := true
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) && startOfWord:
			b.WriteRune(unicode.ToTitle(r))
			startOfWord = false
		case unicode.IsLetter(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteRune(r)
			startOfWord = !unicode.IsDigit(r) && r != '\''
		}
	}
	return b.String()
}

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

type counts struct {
	letters, upper, lower, digits, spaces, punct, symbols, marks, other int
}

func classify(s string) counts {
	var c counts
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			c.letters++
			c.upper++
		case unicode.IsLower(r):
			c.letters++
			c.lower++
		case unicode.IsLetter(r):
			c.letters++
		case unicode.IsDigit(r):
			c.digits++
		case unicode.IsSpace(r):
			c.spaces++
		case unicode.IsPunct(r):
			c.punct++
		case unicode.IsSymbol(r):
			c.symbols++
		case unicode.IsMark(r):
			c.marks++
		default:
			c.other++
		}
	}
	return c
}

func main() {
	for _, s := range []string{"the quick brown fox", "HELLO wORLD", "o'neil's 3rd-party café", "élan vital"} {
		fmt.Printf("%-26q -> %q\n", s, titleCase(s))
	}

	secret := strings.Map(rot13, "Hello, Gopher!")
	fmt.Println("rot13:", secret, "->", strings.Map(rot13, secret))

	noVowels := strings.Map(func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return -1
		}
		return r
	}, "Programming in Go is fun")
	fmt.Println("no vowels:", noVowels)

	html := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	fmt.Println(html.Replace(`<a href="x">Tom & Jerry</a>`))

	slang := strings.NewReplacer("u", "you", "r", "are", "gr8", "great")
	fmt.Println(slang.Replace("gr8 u r"))

	sample := "Go 1.26 — «Ünïcode» ✓ e\u0301 $5 + 3 = 8!"
	c := classify(sample)
	fmt.Printf("letters=%d upper=%d lower=%d digits=%d spaces=%d\n", c.letters, c.upper, c.lower, c.digits, c.spaces)
	fmt.Printf("punct=%d symbols=%d marks=%d other=%d\n", c.punct, c.symbols, c.marks, c.other)

	tables := []struct {
		name string
		tab  *unicode.RangeTable
	}{
		{"Greek", unicode.Greek}, {"Han", unicode.Han}, {"Cyrillic", unicode.Cyrillic}, {"Latin", unicode.Latin},
	}
	for _, r := range []rune{'λ', '漢', 'Ж', 'q', '7'} {
		var scripts []string
		for _, t := range tables {
			if unicode.Is(t.tab, r) {
				scripts = append(scripts, t.name)
			}
		}
		if len(scripts) == 0 {
			scripts = []string{"none"}
		}
		fmt.Printf("%c U+%04X scripts=%s upper=%c\n", r, r, strings.Join(scripts, ","), unicode.ToUpper(r))
	}

	fmt.Println("SimpleFold chain of 'k':")
	r := 'k'
	for i := 0; i < 4; i++ {
		fmt.Printf("  %c (U+%04X)\n", r, r)
		r = unicode.SimpleFold(r)
	}
}
