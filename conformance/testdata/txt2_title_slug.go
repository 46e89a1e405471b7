package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

var smallWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true,
	"in": true, "on": true, "to": true, "for": true, "und": true, "de": true}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		lower := strings.ToLower(w)
		if i > 0 && i < len(words)-1 && smallWords[lower] {
			words[i] = lower
			continue
		}
		r, size := utf8.DecodeRuneInString(lower)
		words[i] = string(unicode.ToTitle(r)) + lower[size:]
	}
	return strings.Join(words, " ")
}

var fold = map[rune]string{
	'ä': "ae", 'ö': "oe", 'ü': "ue", 'ß': "ss", 'é': "e", 'è': "e", 'ê': "e",
	'á': "a", 'à': "a", 'ñ': "n", 'ç': "c", 'ø': "o", 'å': "a", 'í': "i", 'ó': "o",
}

func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if rep, ok := fold[r]; ok {
			b.WriteString(rep)
			dash = false
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func main() {
	titles := []string{
		"the lord of the rings",
		"a tale OF two cities",
		"über straße und café",
		"  señor   de la  NOCHE  ",
		"ǆungla: the ǉubljana files",
		"Go 1.26 -- what's new in the release?",
		"привет мир and hello",
		"東京 travel guide 2024",
		"",
	}
	for _, t := range titles {
		tc := titleCase(t)
		slug := slugify(t)
		fmt.Printf("input: %q\n  title: %q\n  slug:  %q (%d bytes, %d runes)\n",
			t, tc, slug, len(slug), utf8.RuneCountInString(slug))
	}
	r, ok := fold['x']
	fmt.Printf("fold['x']=%q ok=%v\n", r, ok)
}
