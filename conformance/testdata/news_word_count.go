package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type Article struct {
	Slug string
	Body string
}

type WordCount struct {
	Word  string
	Count int
}

func (wc WordCount) String() string {
	return fmt.Sprintf("%-10s %3d", wc.Word, wc.Count)
}

func tokenize(text string) []string {
	isSep := func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	}
	words := strings.FieldsFunc(strings.ToLower(text), isSep)
	return words
}

func countWords(articles []Article) map[string]int {
	counts := make(map[string]int)
	for _, a := range articles {
		for _, w := range tokenize(a.Body) {
			if len(w) < 3 {
				continue
			}
			counts[w]++
		}
	}
	return counts
}

func topN(counts map[string]int, n int) []WordCount {
	list := make([]WordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func main() {
	articles := []Article{
		{"city-council", "The city council voted on the budget. The budget passed after a long debate."},
		{"harbor-storm", "A storm hit the harbor overnight. Boats in the harbor were damaged by the storm."},
		{"school-budget", "The school board said the budget cuts would hit the arts program the hardest."},
	}

	for _, a := range articles {
		fmt.Printf("%-14s %2d words\n", a.Slug, len(strings.Fields(a.Body)))
	}

	counts := countWords(articles)
	fmt.Println("distinct words (3+ letters):", len(counts))
	fmt.Println("top words:")
	for i, wc := range topN(counts, 6) {
		fmt.Printf("%d. %v\n", i+1, wc)
	}
}
