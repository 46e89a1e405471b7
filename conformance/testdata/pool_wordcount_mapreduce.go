package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
)

type WordCount struct {
	Word  string
	Count int
}

var documents = []string{
	"The quick brown fox jumps over the lazy dog.",
	"A goroutine is a lightweight thread managed by the Go runtime.",
	"Channels are the pipes that connect concurrent goroutines.",
	"Do not communicate by sharing memory; share memory by communicating.",
	"The dog sleeps while the fox runs through the forest.",
	"Concurrency is not parallelism, but it enables parallelism.",
}

func mapPhase(doc string) map[string]int {
	counts := make(map[string]int)
	words := strings.FieldsFunc(strings.ToLower(doc), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	for _, w := range words {
		counts[w]++
	}
	return counts
}

func reducePhase(parts <-chan map[string]int) map[string]int {
	total := make(map[string]int)
	for part := range parts {
		for w, c := range part {
			total[w] += c
		}
	}
	return total
}

func main() {
	parts := make(chan map[string]int)
	var wg sync.WaitGroup
	for _, doc := range documents {
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts <- mapPhase(doc)
		}()
	}
	go func() {
		wg.Wait()
		close(parts)
	}()

	total := reducePhase(parts)

	var list []WordCount
	for w, c := range total {
		list = append(list, WordCount{w, c})
	}
	slices.SortFunc(list, func(a, b WordCount) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return strings.Compare(a.Word, b.Word)
	})

	fmt.Printf("%d documents, %d distinct words\n", len(documents), len(list))
	fmt.Println("top words:")
	for _, wc := range list[:12] {
		fmt.Printf("  %-12s %2d %s\n", wc.Word, wc.Count, strings.Repeat("*", wc.Count))
	}

	longest := slices.MaxFunc(list, func(a, b WordCount) int {
		if c := cmp.Compare(len(a.Word), len(b.Word)); c != 0 {
			return c
		}
		return strings.Compare(b.Word, a.Word)
	})
	fmt.Printf("longest word: %q (%d letters)\n", longest.Word, len(longest.Word))
}
