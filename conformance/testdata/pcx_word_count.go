package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

const corpus = `Parallel computing is a type of computation in which many calculations
or processes are carried out simultaneously. Large problems can often be
divided into smaller ones, which can then be solved at the same time.
There are several different forms of parallel computing: bit-level,
instruction-level, data, and task parallelism. Parallelism has long been
employed in high-performance computing, but has gained broader interest due
to the physical constraints preventing frequency scaling. As power consumption
by computers has become a concern in recent years, parallel computing has
become the dominant paradigm in computer architecture, mainly in the form of
multi-core processors. Parallel computing is closely related to concurrent
computing; they are frequently used together, and often conflated, though
the two are distinct: it is possible to have parallelism without concurrency,
and concurrency without parallelism.`

type WordCount map[string]int

func mapLine(line string) WordCount {
	wc := WordCount{}
	words := strings.FieldsFunc(strings.ToLower(line), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	})
	for _, w := range words {
		wc[w]++
	}
	return wc
}

func (wc WordCount) merge(other WordCount) {
	for w, n := range other {
		wc[w] += n
	}
}

type entry struct {
	word  string
	count int
}

func (wc WordCount) top(n int) []entry {
	list := make([]entry, 0, len(wc))
	for w, c := range wc {
		list = append(list, entry{w, c})
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

func main() {
	lines := strings.Split(corpus, "\n")
	const mappers = 4

	work := make(chan string)
	partials := make(chan WordCount, mappers)
	var wg sync.WaitGroup
	for range mappers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := WordCount{}
			for line := range work {
				local.merge(mapLine(line))
			}
			partials <- local
		}()
	}
	for _, l := range lines {
		work <- l
	}
	close(work)
	wg.Wait()
	close(partials)

	total := WordCount{}
	for p := range partials {
		total.merge(p)
	}

	words := 0
	for _, c := range total {
		words += c
	}
	fmt.Printf("lines: %d, words: %d, distinct: %d\n", len(lines), words, len(total))
	fmt.Println("top words:")
	for i, e := range total.top(15) {
		fmt.Printf("%2d. %-12s %d\n", i+1, e.word, e.count)
	}
	fmt.Printf("count(%q) = %d\n", "parallelism", total["parallelism"])
	fmt.Printf("count(%q) = %d\n", "gpu", total["gpu"])
}
