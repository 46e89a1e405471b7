// Map-reduce word count: mappers count words per document in parallel,
// reducers own disjoint key partitions, and main merges and sorts.
package main

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"sync"
	"unicode"
)

type WordCount struct {
	Word  string
	Count int
}

func (wc WordCount) String() string { return fmt.Sprintf("%s:%d", wc.Word, wc.Count) }

var documents = []string{
	"The quick brown fox jumps over the lazy dog.",
	"The dog sleeps; the fox runs.",
	"A lazy afternoon: the fox, the dog, and the cat.",
	"Quick! Quick! The cat is quick.",
	"Parallel programs map, then reduce, then print.",
}

func mapper(doc string) map[string]int {
	counts := make(map[string]int)
	words := strings.FieldsFunc(strings.ToLower(doc), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	for _, w := range words {
		counts[w]++
	}
	return counts
}

func partition(word string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(word))
	return int(h.Sum32() % uint32(n))
}

func main() {
	const reducers = 3

	// Map phase.
	partials := make([]map[string]int, len(documents))
	var wg sync.WaitGroup
	for i, doc := range documents {
		wg.Go(func() { partials[i] = mapper(doc) })
	}
	wg.Wait()

	// Shuffle + reduce phase: reducer r sums only keys in its partition.
	reduced := make([]map[string]int, reducers)
	for r := range reducers {
		wg.Go(func() {
			out := make(map[string]int)
			for _, p := range partials {
				for w, c := range p {
					if partition(w, reducers) == r {
						out[w] += c
					}
				}
			}
			reduced[r] = out
		})
	}
	wg.Wait()

	var all []WordCount
	for _, m := range reduced {
		for w, c := range m {
			all = append(all, WordCount{w, c})
		}
	}
	slices.SortFunc(all, func(a, b WordCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Word, b.Word))
	})

	total := 0
	for _, wc := range all {
		total += wc.Count
	}
	fmt.Println("distinct words:", len(all))
	fmt.Println("total words:", total)
	fmt.Println("top 6:", all[:6])
	for _, wc := range all[6:] {
		if wc.Count > 1 {
			fmt.Println("also repeated:", wc)
		}
	}
}
