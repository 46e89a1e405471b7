package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

var chapters = []string{
	`Call me Ishmael. Some years ago, never mind how long precisely, having
little or no money in my purse, and nothing particular to interest me on shore.`,
	`I thought I would sail about a little and see the watery part of the world.
It is a way I have of driving off the spleen and regulating the circulation.`,
	`Whenever I find myself growing grim about the mouth; whenever it is a damp,
drizzly November in my soul; then, I account it high time to get to sea.`,
	`There now is your insular city of the Manhattoes, belted round by wharves
as Indian isles by coral reefs; commerce surrounds it with her surf.`,
}

type result struct {
	index  int
	counts map[string]int
	words  int
}

func countWords(idx int, text string) result {
	r := result{index: idx, counts: map[string]int{}}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(c rune) bool {
		return !unicode.IsLetter(c) && c != '\''
	}) {
		r.counts[w]++
		r.words++
	}
	return r
}

func main() {
	results := make(chan result)
	var wg sync.WaitGroup
	for i, ch := range chapters {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- countWords(i, ch)
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	perChapter := make([]result, len(chapters))
	total := map[string]int{}
	for r := range results {
		perChapter[r.index] = r
		for w, c := range r.counts {
			total[w] += c
		}
	}
	for _, r := range perChapter {
		fmt.Printf("chapter %d: %d words, %d distinct\n", r.index+1, r.words, len(r.counts))
	}
	type kv struct {
		word  string
		count int
	}
	var list []kv
	for w, c := range total {
		list = append(list, kv{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Println("top words:")
	for _, e := range list[:8] {
		fmt.Printf("  %-8s %d\n", e.word, e.count)
	}
	for _, w := range []string{"sea", "whale", "i"} {
		c, ok := total[w]
		fmt.Printf("%q: %d (present %v)\n", w, c, ok)
	}
}
