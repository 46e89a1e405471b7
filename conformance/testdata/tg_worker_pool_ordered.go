package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// A word-frequency pipeline: a producer feeds chunks to a pool of workers,
// each worker returns partial counts, and the merger combines them. Output
// order is made deterministic by indexing results and sorting keys.

type job struct {
	id   int
	text string
}

type result struct {
	id     int
	counts map[string]int
	words  int
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		counts := map[string]int{}
		n := 0
		for _, w := range strings.Fields(strings.ToLower(j.text)) {
			w = strings.Trim(w, ".,;:!?\"'")
			if w == "" {
				continue
			}
			counts[w]++
			n++
		}
		results <- result{id: j.id, counts: counts, words: n}
	}
}

func main() {
	corpus := []string{
		"The quick brown fox jumps over the lazy dog.",
		"The dog barks; the fox runs.",
		"A lazy afternoon: the dog sleeps, the fox waits.",
		"Quick thinking! The brown dog and the brown fox.",
		"Over and over, the story repeats.",
		"Nothing new under the sun, said the fox.",
	}

	jobs := make(chan job)
	results := make(chan result, len(corpus))
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	go func() {
		for i, line := range corpus {
			jobs <- job{id: i, text: line}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	perLine := make([]int, len(corpus))
	total := map[string]int{}
	for r := range results {
		perLine[r.id] = r.words
		for w, c := range r.counts {
			total[w] += c
		}
	}
	for i, n := range perLine {
		fmt.Printf("line %d: %2d words\n", i, n)
	}

	type kv struct {
		word  string
		count int
	}
	var ranked []kv
	for w, c := range total {
		ranked = append(ranked, kv{w, c})
	}
	sort.Slice(ranked, func(i, j int) bool {
		if ranked[i].count != ranked[j].count {
			return ranked[i].count > ranked[j].count
		}
		return ranked[i].word < ranked[j].word
	})
	fmt.Println("distinct words:", len(ranked))
	for _, e := range ranked[:8] {
		fmt.Printf("%-6s %2d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}

	// Fan-out with per-goroutine slots: each goroutine writes only its own index.
	lengths := make([]int, len(corpus))
	var wg2 sync.WaitGroup
	for i, line := range corpus {
		wg2.Go(func() { lengths[i] = len(line) })
	}
	wg2.Wait()
	fmt.Println("line lengths:", lengths)

	// Shared counter protected by a mutex; the final value is deterministic.
	var mu sync.Mutex
	letters := map[rune]int{}
	var wg3 sync.WaitGroup
	for _, line := range corpus {
		wg3.Go(func() {
			for _, r := range line {
				if r >= 'a' && r <= 'z' {
					mu.Lock()
					letters[r]++
					mu.Unlock()
				}
			}
		})
	}
	wg3.Wait()
	var top []string
	for _, r := range "aeiou" {
		top = append(top, fmt.Sprintf("%c=%d", r, letters[r]))
	}
	fmt.Println("vowels:", strings.Join(top, " "))
}
