package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const dictionary = `the quick brown fox jumps over lazy dog
parser token lexer grammar syntax string number letter
program language compile function return value
a of to feed`

const text = "The quikc brwn fox jumsp ovr the lazy dgo. Parsr tokens feed the grammer of a langauge!"

// editDistance returns the optimal string alignment distance:
// insertions, deletions, substitutions and adjacent transpositions.
func editDistance(a, b string) int {
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

func main() {
	words := strings.Fields(dictionary)
	known := make(map[string]bool, len(words))
	for _, w := range words {
		known[w] = true
	}
	tokens := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	misspelled := 0
	for _, tok := range tokens {
		w := strings.ToLower(tok)
		if ok := known[w]; ok {
			continue
		}
		if strings.HasSuffix(w, "s") && known[w[:len(w)-1]] {
			fmt.Printf("%-9s ok (plural of %s)\n", tok, w[:len(w)-1])
			continue
		}
		misspelled++
		var sugg []suggestion
		for _, d := range words {
			if dist := editDistance(w, d); dist <= 2 {
				sugg = append(sugg, suggestion{d, dist})
			}
		}
		sort.Slice(sugg, func(i, j int) bool {
			if sugg[i].dist != sugg[j].dist {
				return sugg[i].dist < sugg[j].dist
			}
			return sugg[i].word < sugg[j].word
		})
		parts := make([]string, len(sugg))
		for i, s := range sugg {
			parts[i] = fmt.Sprintf("%s(%d)", s.word, s.dist)
		}
		if len(parts) == 0 {
			parts = []string{"<none>"}
		}
		fmt.Printf("%-9s -> %s\n", tok, strings.Join(parts, ", "))
	}
	fmt.Printf("%d of %d words misspelled\n", misspelled, len(tokens))
}
