package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

func countWords(text string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		m[strings.Trim(w, ".,!")]++
	}
	return m
}

func main() {
	docs := []string{
		"The cat sat on the mat.",
		"The dog sat on the log!",
		"A cat and a dog, the best friends.",
	}
	partials := make(chan map[string]int)
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			partials <- countWords(d)
		}()
	}
	go func() { wg.Wait(); close(partials) }()
	total := map[string]int{}
	for p := range partials {
		for w, n := range p {
			total[w] += n
		}
	}
	words := slices.Sorted(maps.Keys(total))
	slices.SortStableFunc(words, func(a, b string) int { return total[b] - total[a] })
	for _, w := range words[:5] {
		fmt.Printf("%-4s %d\n", w, total[w])
	}
	fmt.Println(len(total), total["friends"])
}
