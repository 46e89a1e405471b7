package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

var dictionary = strings.Fields(`
the quick brown fox jumps over lazy dog program programming language
parser lexer token grammar syntax semantic compile compiler receive
believe separate definitely necessary occurrence accommodate weird
their there where were which while white write written writer café naïve`)

// distance computes the optimal string alignment distance on runes:
// insertions, deletions, substitutions and adjacent transpositions.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

type suggestion struct {
	word string
	dist int
}

func suggest(word string, maxDist, limit int) []suggestion {
	var out []suggestion
	for _, d := range dictionary {
		if dist := distance(word, d); dist <= maxDist {
			out = append(out, suggestion{d, dist})
		}
	}
	slices.SortFunc(out, func(x, y suggestion) int {
		if c := cmp.Compare(x.dist, y.dist); c != 0 {
			return c
		}
		return cmp.Compare(x.word, y.word)
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

func main() {
	pairs := [][2]string{
		{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"},
		{"café", "cafe"}, {"naïve", "naive"}, {"same", "same"}, {"abcd", "badc"},
	}
	for _, p := range pairs {
		fmt.Printf("d(%q, %q) = %d\n", p[0], p[1], distance(p[0], p[1]))
	}

	known := make(map[string]bool, len(dictionary))
	for _, w := range dictionary {
		known[w] = true
	}

	sentence := "Teh quikc brown fox definately jumps ovr the lazzy dog, wierd recieve cafe xyzzy."
	words := strings.FieldsFunc(sentence, func(r rune) bool { return !unicode.IsLetter(r) })
	var corrected []string
	for _, w := range words {
		lw := strings.ToLower(w)
		if known[lw] {
			corrected = append(corrected, w)
			continue
		}
		sugs := suggest(lw, 2, 3)
		var parts []string
		for _, s := range sugs {
			parts = append(parts, fmt.Sprintf("%s(%d)", s.word, s.dist))
		}
		if len(parts) == 0 {
			fmt.Printf("%-11s -> no suggestions\n", w)
			corrected = append(corrected, w)
			continue
		}
		fmt.Printf("%-11s -> %s\n", w, strings.Join(parts, ", "))
		corrected = append(corrected, sugs[0].word)
	}
	fmt.Println("corrected:", strings.Join(corrected, " "))
}
