package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

const passage = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.`

type wordCount struct {
	Word  string
	Count int
}

func (wc wordCount) String() string {
	return fmt.Sprintf("%-12s %3d", wc.Word, wc.Count)
}

func tokenize(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

func countWords(words []string) map[string]int {
	counts := make(map[string]int)
	for _, w := range words {
		counts[w]++
	}
	return counts
}

func sortedCounts(counts map[string]int) []wordCount {
	result := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		result = append(result, wordCount{w, c})
	}
	slices.SortFunc(result, func(a, b wordCount) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return strings.Compare(a.Word, b.Word)
	})
	return result
}

func main() {
	words := tokenize(passage)
	fmt.Println("total words:", len(words))
	counts := countWords(words)
	fmt.Println("distinct words:", len(counts))

	ranked := sortedCounts(counts)
	fmt.Println("--- top 5 ---")
	for i, wc := range ranked[:5] {
		fmt.Printf("%d. %v\n", i+1, wc)
	}

	fmt.Println("--- singletons ---")
	var singles []string
	for _, wc := range ranked {
		if wc.Count == 1 {
			singles = append(singles, wc.Word)
		}
	}
	fmt.Println(strings.Join(singles, ", "))

	byLen := make(map[int][]string)
	for _, w := range slices.Sorted(func(yield func(string) bool) {
		for w := range counts {
			if !yield(w) {
				return
			}
		}
	}) {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	fmt.Println("by length:", byLen)
	fmt.Printf("%+v\n", ranked[0])
}
