// Lab 24: word-frequency map-reduce with parallel mappers.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
)

const corpus = `Concurrency is about dealing with lots of things at once.
Parallelism is about doing lots of things at once.
Not the same, but related. Concurrency is about structure,
parallelism is about execution. Concurrency provides a way to
structure a solution to solve a problem that may, but not
necessarily, be parallelizable. Go makes concurrency easy.`

type WordCount struct {
	Word  string
	Count int
}

func mapper(lines []string) map[string]int {
	counts := map[string]int{}
	for _, l := range lines {
		for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) }) {
			counts[strings.ToLower(w)]++
		}
	}
	return counts
}

func reduce(parts []map[string]int) map[string]int {
	total := map[string]int{}
	for _, p := range parts {
		for w, c := range p {
			total[w] += c
		}
	}
	return total
}

func main() {
	lines := strings.Split(corpus, "\n")
	const mappers = 3
	parts := make([]map[string]int, mappers)
	var wg sync.WaitGroup
	for m := range mappers {
		wg.Go(func() {
			var mine []string
			for i := m; i < len(lines); i += mappers {
				mine = append(mine, lines[i])
			}
			parts[m] = mapper(mine)
		})
	}
	wg.Wait()
	for m, p := range parts {
		fmt.Printf("mapper %d saw %d distinct words\n", m, len(p))
	}

	total := reduce(parts)
	fmt.Println("distinct words:", len(total))

	var wcs []WordCount
	for w, c := range total {
		wcs = append(wcs, WordCount{w, c})
	}
	slices.SortFunc(wcs, func(a, b WordCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Word, b.Word))
	})
	fmt.Println("top 8:")
	for i, wc := range wcs[:8] {
		fmt.Printf("%2d. %-12s %d\n", i+1, wc.Word, wc.Count)
	}

	keys := slices.Sorted(maps.Keys(total))
	fmt.Println("first keys:", keys[:6])
	fmt.Println("index of \"parallelism\":", slices.Index(keys, "parallelism"))

	// Only words appearing more than twice, printed through fmt (sorted keys).
	frequent := maps.Clone(total)
	maps.DeleteFunc(frequent, func(_ string, c int) bool { return c <= 2 })
	fmt.Println("frequent:", frequent)

	// Sanity check: parallel result equals sequential result.
	fmt.Println("matches sequential:", maps.Equal(total, mapper(lines)))
}
