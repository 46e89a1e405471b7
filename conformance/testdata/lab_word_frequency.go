// Lab 10: parallel word frequency. Each chunk of text is counted by its own
// goroutine; the partial counts are sent over a channel and merged.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

type WordCount struct {
	Word  string
	Count int
}

func (wc WordCount) String() string { return fmt.Sprintf("%-10s %d", wc.Word, wc.Count) }

var chunks = []string{
	"It was the best of times, it was the worst of times,",
	"it was the age of wisdom, it was the age of foolishness,",
	"it was the epoch of belief, it was the epoch of incredulity,",
	"it was the season of Light, it was the season of Darkness,",
	"it was the spring of hope, it was the winter of despair,",
	"we had everything before us, we had nothing before us.",
}

func countWords(text string) map[string]int {
	counts := make(map[string]int)
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	for _, w := range words {
		counts[w]++
	}
	return counts
}

func main() {
	partials := make(chan map[string]int)
	for _, c := range chunks {
		go func() { partials <- countWords(c) }()
	}

	total := make(map[string]int)
	for range chunks {
		for w, n := range <-partials {
			total[w] += n
		}
	}

	seq := countWords(strings.Join(chunks, " "))
	fmt.Println("matches sequential:", maps.Equal(seq, total))
	fmt.Println("distinct words:", len(total))

	list := make([]WordCount, 0, len(total))
	for w, n := range total {
		list = append(list, WordCount{w, n})
	}
	slices.SortFunc(list, func(a, b WordCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Word, b.Word))
	})
	for _, wc := range list[:8] {
		fmt.Println(wc)
	}
}
