package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

type WordCount struct {
	Word  string
	Count int
}

func (w WordCount) String() string { return fmt.Sprintf("%-12s %d", w.Word, w.Count) }

func countWords(text string) map[string]int {
	counts := make(map[string]int)
	fields := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	for _, f := range fields {
		counts[f]++
	}
	return counts
}

func parallelCount(paragraphs []string) map[string]int {
	results := make(chan map[string]int, len(paragraphs))
	var wg sync.WaitGroup
	for _, p := range paragraphs {
		wg.Go(func() { results <- countWords(p) })
	}
	wg.Wait()
	close(results)
	total := make(map[string]int)
	for m := range results {
		for w, c := range m {
			total[w] += c
		}
	}
	return total
}

func main() {
	paragraphs := []string{
		"The quick brown fox jumps over the lazy dog. The dog sleeps.",
		"Concurrency is not parallelism; concurrency is about structure.",
		"Go makes concurrency easy: the go statement starts a goroutine.",
		"A goroutine is cheap, and the scheduler is fast. The end.",
	}
	total := parallelCount(paragraphs)
	list := make([]WordCount, 0, len(total))
	for w, c := range total {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	for _, wc := range list[:8] {
		fmt.Println(wc)
	}
	seq := countWords(strings.Join(paragraphs, " "))
	ok := len(seq) == len(total)
	for w, c := range seq {
		if total[w] != c {
			ok = false
		}
	}
	fmt.Printf("distinct=%d matches sequential: %v\n", len(total), ok)
}
