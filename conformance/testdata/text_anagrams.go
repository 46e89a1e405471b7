package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

var words = strings.Fields(`listen silent enlist inlets google tinsel
	evil vile live veil levi stop pots tops spot opts post
	dusty study night thing angel glean angle below elbow
	state taste cat act tac dog god rat tar art Ünter trenü`)

// signature sorts the lower-cased letters of a word.
func signature(w string) string {
	r := []rune(strings.ToLower(w))
	slices.Sort(r)
	return string(r)
}

type LetterCount [26]int

func countLetters(s string) (LetterCount, bool) {
	var c LetterCount
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z':
			c[r-'a']++
		case unicode.IsSpace(r) || unicode.IsPunct(r):
		default:
			return c, false
		}
	}
	return c, true
}

func isAnagramPhrase(a, b string) bool {
	ca, okA := countLetters(a)
	cb, okB := countLetters(b)
	return okA && okB && ca == cb
}

func main() {
	groups := map[string][]string{}
	for _, w := range words {
		sig := signature(w)
		groups[sig] = append(groups[sig], w)
	}

	keys := slices.Collect(maps.Keys(groups))
	slices.SortFunc(keys, func(a, b string) int {
		if d := len(groups[b]) - len(groups[a]); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	for _, k := range keys {
		g := groups[k]
		if len(g) < 2 {
			continue
		}
		slices.Sort(g)
		fmt.Printf("%-8q %d: %s\n", k, len(g), strings.Join(g, ", "))
	}

	var loners []string
	for _, k := range keys {
		if len(groups[k]) == 1 {
			loners = append(loners, groups[k][0])
		}
	}
	fmt.Println("no anagram partner:", loners)

	phrases := [][2]string{
		{"Dormitory", "Dirty room!"},
		{"The eyes", "They see"},
		{"Astronomer", "Moon starer"},
		{"Hello", "World"},
		{"Café", "Face"},
	}
	for _, p := range phrases {
		fmt.Printf("%-12q vs %-14q -> %t\n", p[0], p[1], isAnagramPhrase(p[0], p[1]))
	}
	c, _ := countLetters("banana")
	fmt.Println(c[:3], c['n'-'a'])
}
