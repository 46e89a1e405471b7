package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair,
we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way.
In short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received,
for good or for evil, in the superlative degree of comparison only.
There were a king with a large jaw and a queen with a plain face,
on the throne of England; there were a king with a large jaw and
a queen with a fair face, on the throne of France.`

// mapper counts words in its share of lines using a private map, so no
// locking is needed during the map phase.
func mapper(lines []string) map[string]int {
	counts := make(map[string]int)
	for _, line := range lines {
		words := strings.FieldsFunc(line, func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\''
		})
		for _, w := range words {
			counts[strings.ToLower(w)]++
		}
	}
	return counts
}

// reduce merges the partial maps into one.
func reduce(parts []map[string]int) map[string]int {
	total := make(map[string]int)
	for _, p := range parts {
		for w, n := range p {
			total[w] += n
		}
	}
	return total
}

type wordCount struct {
	word  string
	count int
}

func topN(counts map[string]int, n int) []wordCount {
	list := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func countParallel(lines []string, workers int) map[string]int {
	parts := make([]map[string]int, workers)
	chunk := (len(lines) + workers - 1) / workers
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo, hi := min(w*chunk, len(lines)), min((w+1)*chunk, len(lines))
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[w] = mapper(lines[lo:hi])
		}()
	}
	wg.Wait()
	return reduce(parts)
}

func main() {
	lines := strings.Split(text, "\n")
	sequential := mapper(lines)

	for _, workers := range []int{1, 3, 5, 20} {
		got := countParallel(lines, workers)
		same := len(got) == len(sequential)
		for w, n := range sequential {
			if got[w] != n {
				same = false
			}
		}
		fmt.Printf("workers=%-2d distinct=%d matches sequential=%v\n", workers, len(got), same)
	}

	counts := countParallel(lines, 4)
	total := 0
	for _, n := range counts {
		total += n
	}
	fmt.Println("total words:", total)
	fmt.Println("top words:")
	for i, wc := range topN(counts, 15) {
		fmt.Printf("%2d. %-8s %d\n", i+1, wc.word, wc.count)
	}

	var once []string
	for w, n := range counts {
		if n == 1 && len(w) >= 9 {
			once = append(once, w)
		}
	}
	sort.Strings(once)
	fmt.Println("long words used once:", strings.Join(once, ", "))
}
