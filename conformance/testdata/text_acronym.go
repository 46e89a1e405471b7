package main

import (
	"fmt"
	"strings"
	"unicode"
)

var stopWords = map[string]bool{"of": true, "and": true, "the": true, "for": true, "in": true, "a": true, "to": true}

type Options struct {
	SkipStopWords bool
	WithDots      bool
}

// Acronym takes the first letter of each word; hyphens and underscores also
// separate words, and camelCase humps count as new words.
func Acronym(phrase string, opt Options) string {
	words := strings.FieldsFunc(phrase, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '_'
	})
	var b strings.Builder
	for _, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" || opt.SkipStopWords && stopWords[strings.ToLower(w)] {
			continue
		}
		var prev rune
		for i, r := range w {
			isStart := i == 0 || unicode.IsUpper(r) && unicode.IsLower(prev)
			if isStart {
				b.WriteRune(unicode.ToUpper(r))
				if opt.WithDots {
					b.WriteByte('.')
				}
			}
			prev = r
		}
	}
	return b.String()
}

func main() {
	phrases := []string{
		"Portable Network Graphics",
		"Ruby on Rails",
		"First In, First Out",
		"GNU Image Manipulation Program",
		"Complementary metal-oxide semiconductor",
		"Rolling On The Floor Laughing So Hard That My Dogs Came Over And Licked Me",
		"Something - I made up from thin air",
		"Halley's Comet",
		"The Road _Not_ Taken",
		"HyperText Markup Language",
		"Department of Motor Vehicles",
		"ünicode ärger öffnet",
		"",
	}
	modes := []struct {
		name string
		opt  Options
	}{
		{"plain", Options{}},
		{"nostop", Options{SkipStopWords: true}},
		{"dots", Options{SkipStopWords: true, WithDots: true}},
	}
	header := fmt.Sprintf("%-40s", "phrase")
	for _, m := range modes {
		header += fmt.Sprintf(" %-12s", m.name)
	}
	fmt.Println(strings.TrimRight(header, " "))
	for _, p := range phrases {
		short := p
		if len(short) > 38 {
			short = short[:35] + "..."
		}
		row := fmt.Sprintf("%-40q", short)
		for _, m := range modes {
			row += fmt.Sprintf(" %-12s", Acronym(p, m.opt))
		}
		fmt.Println(strings.TrimRight(row, " "))
	}
}
