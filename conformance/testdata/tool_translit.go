// Command tool_translit is a small "tr" clone supporting character ranges,
// deletion (-d) and squeezing of repeats (-s).
package main

import (
	"fmt"
	"strings"
)

// expand turns "a-z0-9_" into the full list of runes.
func expand(set string) []rune {
	rs := []rune(set)
	var out []rune
	for i := 0; i < len(rs); i++ {
		if i+2 < len(rs) && rs[i+1] == '-' {
			for r := rs[i]; r <= rs[i+2]; r++ {
				out = append(out, r)
			}
			i += 2
			continue
		}
		out = append(out, rs[i])
	}
	return out
}

// Translator holds a compiled tr command.
type Translator struct {
	mapping map[rune]rune
	delete  map[rune]bool
	squeeze map[rune]bool
}

func NewTranslator(from, to string, del, squeeze bool) *Translator {
	t := &Translator{mapping: map[rune]rune{}, delete: map[rune]bool{}, squeeze: map[rune]bool{}}
	src, dst := expand(from), expand(to)
	for i, r := range src {
		switch {
		case del:
			t.delete[r] = true
		case len(dst) > 0:
			t.mapping[r] = dst[min(i, len(dst)-1)]
		}
	}
	if squeeze {
		// Like tr, squeeze the last set given on the command line.
		set := dst
		if len(dst) == 0 {
			set = src
		}
		for _, r := range set {
			t.squeeze[r] = true
		}
	}
	return t
}

func (t *Translator) Apply(s string) string {
	var b strings.Builder
	var last rune = -1
	for _, r := range s {
		if t.delete[r] {
			continue
		}
		if m, ok := t.mapping[r]; ok {
			r = m
		}
		if t.squeeze[r] && r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

type job struct {
	args    string
	from    string
	to      string
	del, sq bool
	input   string
}

func main() {
	jobs := []job{
		{"a-z A-Z", "a-z", "A-Z", false, false, "hello, world!"},
		{"A-Za-z N-ZA-Mn-za-m", "A-Za-z", "N-ZA-Mn-za-m", false, false, "Hello, Gopher!"},
		{"-d aeiou", "aeiou", "", true, false, "programming language"},
		{"-s ' '", " ", " ", false, true, "too    many     spaces   here"},
		{"-d 0-9", "0-9", "", true, false, "ph0n3 numb3r 555-1234"},
		{"-s a-z", "a-z", "a-z", false, true, "bookkeeper balloon mississippi"},
		{"-ds 0-9 l", "0-9", "l", true, true, "he11llo wo1rlld"},
		{"'0-9' '#'", "0-9", "#", false, false, "card 4111-1111-1111-1111"},
		{"':' '\\n'", ":", "\n", false, false, "/usr/bin:/bin:/usr/local/bin"},
	}
	for _, j := range jobs {
		t := NewTranslator(j.from, j.to, j.del, j.sq)
		out := t.Apply(j.input)
		fmt.Printf("tr %-22s %q\n", j.args, j.input)
		for line := range strings.Lines(out) {
			fmt.Printf("   -> %q\n", strings.TrimSuffix(line, "\n"))
		}
	}
	fmt.Printf("expand(%q) = %q\n", "a-f0-3", string(expand("a-f0-3")))
}
