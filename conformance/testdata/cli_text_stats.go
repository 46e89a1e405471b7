package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

const sample = `Hello, World! Привет, мир! 你好，世界。
Go 1.26 shipped in 2026; π ≈ 3.14159 and e ≈ 2.718.
Tabs	and  spaces, CAPS and lower — dashes… “quotes” & symbols: $€¥ 🙂`

type Category int

const (
	Letter Category = iota
	Upper
	Lower
	Digit
	Space
	Punct
	Symbol
	Other
	numCategories
)

var categoryNames = [...]string{"letter", "upper", "lower", "digit", "space", "punct", "symbol", "other"}

func (c Category) String() string { return categoryNames[c] }

type Stats struct {
	counts  [numCategories]int
	scripts map[string]int
	freq    map[rune]int
}

func (s *Stats) add(r rune) {
	switch {
	case unicode.IsLetter(r):
		s.counts[Letter]++
		if unicode.IsUpper(r) {
			s.counts[Upper]++
		} else if unicode.IsLower(r) {
			s.counts[Lower]++
		}
		for name, table := range map[string]*unicode.RangeTable{
			"Latin": unicode.Latin, "Cyrillic": unicode.Cyrillic, "Han": unicode.Han, "Greek": unicode.Greek,
		} {
			if unicode.Is(table, r) {
				s.scripts[name]++
			}
		}
		s.freq[unicode.ToLower(r)]++
	case unicode.IsDigit(r):
		s.counts[Digit]++
	case unicode.IsSpace(r):
		s.counts[Space]++
	case unicode.IsPunct(r):
		s.counts[Punct]++
	case unicode.IsSymbol(r):
		s.counts[Symbol]++
	default:
		s.counts[Other]++
	}
}

func main() {
	st := Stats{scripts: map[string]int{}, freq: map[rune]int{}}
	for _, r := range sample {
		st.add(r)
	}
	fmt.Printf("bytes=%d runes=%d valid=%v\n", len(sample), utf8.RuneCountInString(sample), utf8.ValidString(sample))
	for c := range numCategories {
		bar := fmt.Sprintf("  %-7v %3d %s", c, st.counts[c], strings.Repeat("#", st.counts[c]/2))
		fmt.Println(strings.TrimRight(bar, " "))
	}
	fmt.Println("scripts:", st.scripts)

	type rc struct {
		R rune
		N int
	}
	var top []rc
	for r, n := range st.freq {
		top = append(top, rc{r, n})
	}
	slices.SortFunc(top, func(a, b rc) int {
		return cmp.Or(cmp.Compare(b.N, a.N), cmp.Compare(a.R, b.R))
	})
	for _, t := range top[:6] {
		fmt.Printf("  %q U+%04X x%d\n", t.R, t.R, t.N)
	}
	for _, r := range []rune{'π', '€', '🙂', '世'} {
		fmt.Printf("%c len=%d %v %x\n", r, utf8.RuneLen(r), []byte(string(r)), string(r))
	}
}
