package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

const text = `the quick brown fox jumps over the lazy dog
the dog sleeps and the fox runs
parallel map reduce counts words in parallel
each worker counts its own lines then we merge the maps`

// WordCount is one (word, count) pair of the final answer.
type WordCount struct {
	Word  string
	Count int
}

func (w WordCount) String() string { return fmt.Sprintf("%s:%d", w.Word, w.Count) }

// mapPhase counts words of some lines into a private map: no locking needed.
func mapPhase(lines []string) map[string]int {
	m := make(map[string]int)
	for _, line := range lines {
		for _, w := range strings.Fields(line) {
			m[w]++
		}
	}
	return m
}

// reduce merges the per-worker maps in main after all workers finish.
func reduce(parts []map[string]int) map[string]int {
	total := make(map[string]int)
	for _, p := range parts {
		for w, c := range p {
			total[w] += c
		}
	}
	return total
}

func main() {
	lines := strings.Split(text, "\n")
	const workers = 3
	parts := make([]map[string]int, workers)
	var wg sync.WaitGroup
	for i := range workers {
		wg.Go(func() {
			var mine []string
			for j := i; j < len(lines); j += workers {
				mine = append(mine, lines[j])
			}
			parts[i] = mapPhase(mine)
		})
	}
	wg.Wait()

	fmt.Println("== Map phase: distinct words per worker ==")
	for i, p := range parts {
		fmt.Printf("worker %d: %d distinct words\n", i, len(p))
	}

	total := reduce(parts)
	var counts []WordCount
	for w, c := range total {
		counts = append(counts, WordCount{w, c})
	}
	// Map iteration order is random, so sort: by count desc, then word.
	slices.SortFunc(counts, func(a, b WordCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Word, b.Word)
	})

	fmt.Println()
	fmt.Println("== Reduce phase: top words ==")
	fmt.Println(counts[:6])
	sum := 0
	for _, wc := range counts {
		sum += wc.Count
	}
	fmt.Println("distinct:", len(counts), "total words:", sum)
	fmt.Println("check against a single sequential pass:", len(strings.Fields(text)) == sum)
}
