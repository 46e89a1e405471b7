package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

const dictionaryText = `the quick brown fox jumps over lazy dog a an and of to in is it
that was for on are with as his they be at one have this from or had by word but what
some we can out other were all there when up use your how said each she which do their
time if will way about many then them write would like so these her long make thing see
him two has look more day could go come did number sound no most people my over know
water than call first who may down side been now find any new work part take get place
made live where after back little only round man year came show every good me give our
under name very through just form sentence great think say help low line differ turn
cause much mean before move right boy old too same tell does set three want air well
also play small end put home read hand port large spell add even land here must big
high such follow act why ask men change went light kind off need house picture try us
again animal point mother world near build self earth father program language compile
you run`

var dictionary = loadDictionary(dictionaryText)

func loadDictionary(text string) map[string]bool {
	d := map[string]bool{}
	for _, w := range strings.Fields(text) {
		d[w] = true
	}
	return d
}

var sortedWords []string

func init() {
	for w := range dictionary {
		sortedWords = append(sortedWords, w)
	}
	sort.Strings(sortedWords)
}

// EditDistance is the optimal string alignment distance: insertions, deletions,
// substitutions and swaps of adjacent letters each cost 1.
func EditDistance(a, b string) int {
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

type Suggestion struct {
	Word string
	Dist int
}

func suggest(word string, maxDist, limit int) []Suggestion {
	var out []Suggestion
	for _, w := range sortedWords {
		if d := EditDistance(word, w); d <= maxDist {
			out = append(out, Suggestion{w, d})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Dist < out[j].Dist })
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

type Report struct {
	Word        string
	Line        int
	Suggestions []Suggestion
}

func main() {
	text := `Teh quick brwn fox jumsp over the lazzy dog.
Wich word would you like to spel?
Every progam in this langauge must compile before it can run,
and thier people came hoem after a long day of wrok.`

	type token struct {
		word string
		line int
	}
	var tokens []token
	for i, line := range strings.Split(text, "\n") {
		for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) {
			tokens = append(tokens, token{strings.ToLower(w), i + 1})
		}
	}

	// Check words concurrently; each goroutine writes only its own slot.
	reports := make([]*Report, len(tokens))
	var wg sync.WaitGroup
	for i, t := range tokens {
		if dictionary[t.word] {
			continue
		}
		wg.Add(1)
		go func(i int, t token) {
			defer wg.Done()
			reports[i] = &Report{t.word, t.line, suggest(t.word, 2, 3)}
		}(i, t)
	}
	wg.Wait()

	misspelled := 0
	for _, r := range reports {
		if r == nil {
			continue
		}
		misspelled++
		var sugg []string
		for _, s := range r.Suggestions {
			sugg = append(sugg, fmt.Sprintf("%s(%d)", s.Word, s.Dist))
		}
		if len(sugg) == 0 {
			sugg = []string{"<no suggestions>"}
		}
		fmt.Printf("line %d: %-10q -> %s\n", r.Line, r.Word, strings.Join(sugg, ", "))
	}
	fmt.Printf("%d of %d words misspelled (%.1f%%), dictionary has %d words\n",
		misspelled, len(tokens), 100*float64(misspelled)/float64(len(tokens)), len(dictionary))
	for _, pair := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"ca", "ac"}, {"gopher", "gopher"}, {"", "abc"}} {
		fmt.Printf("distance(%q, %q) = %d\n", pair[0], pair[1], EditDistance(pair[0], pair[1]))
	}
}
