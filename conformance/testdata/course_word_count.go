// Lab 8f: parallel word count.
// Documents are split among goroutines; each builds a private map which is
// merged under a mutex. Output is sorted by count, then alphabetically.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

var documents = []string{
	"It was the best of times, it was the worst of times.",
	"The threads were many and the locks were few.",
	"A goroutine is cheap; a thread is not so cheap.",
	"Channels carry values, and values carry meaning.",
	"Lock the account, move the money, unlock the account.",
	"The barrier waits for all; all wait at the barrier.",
	"Work is split, work is done, the results are merged.",
	"It is not the speed of one but the sum of many.",
}

type WordCounter struct {
	mu     sync.Mutex
	counts map[string]int
	docs   int
}

func NewWordCounter() *WordCounter {
	return &WordCounter{counts: make(map[string]int)}
}

func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

func (wc *WordCounter) AddLocal(local map[string]int, docs int) {
	wc.mu.Lock()
	defer wc.mu.Unlock()
	for w, c := range local {
		wc.counts[w] += c
	}
	wc.docs += docs
}

type entry struct {
	word  string
	count int
}

func (wc *WordCounter) Top(n int) []entry {
	wc.mu.Lock()
	defer wc.mu.Unlock()
	list := make([]entry, 0, len(wc.counts))
	for w, c := range wc.counts {
		list = append(list, entry{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	if n < len(list) {
		list = list[:n]
	}
	return list
}

func main() {
	const workers = 3
	wc := NewWordCounter()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(first int) {
			defer wg.Done()
			local := make(map[string]int)
			docs := 0
			for i := first; i < len(documents); i += workers {
				for _, tok := range tokenize(documents[i]) {
					local[tok]++
				}
				docs++
			}
			wc.AddLocal(local, docs)
		}(w)
	}
	wg.Wait()

	fmt.Printf("counted %d documents, %d distinct words\n", wc.docs, len(wc.counts))
	for i, e := range wc.Top(15) {
		fmt.Printf("%2d. %-10s %2d %s\n", i+1, e.word, e.count, strings.Repeat("*", e.count))
	}

	// Cross-check with a sequential count.
	seq := make(map[string]int)
	for _, d := range documents {
		for _, tok := range tokenize(d) {
			seq[tok]++
		}
	}
	mismatch := 0
	for w, c := range seq {
		if wc.counts[w] != c {
			mismatch++
		}
	}
	fmt.Println("mismatches against sequential count:", mismatch)
}
