package main

import (
	"bufio"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
)

var chapters = []string{
	`It was the best of times, it was the worst of times, it was the age of wisdom.`,
	`It was the age of foolishness, it was the epoch of belief.`,
	`It was the season of Light, it was the season of Darkness.`,
	`It was the spring of hope, it was the winter of despair.`,
	`We had everything before us, we had nothing before us.`,
}

type result struct {
	chapter int
	counts  map[string]int
	words   int
}

func countWords(text string) (map[string]int, int) {
	counts := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), unicode.IsPunct))
		if w != "" {
			counts[w]++
			n++
		}
	}
	return counts, n
}

func main() {
	jobs := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup

	for range 3 {
		wg.Go(func() {
			for i := range jobs {
				c, n := countWords(chapters[i])
				results <- result{i, c, n}
			}
		})
	}
	go func() {
		for i := range chapters {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	total := map[string]int{}
	perChapter := make([]int, len(chapters))
	for r := range results {
		perChapter[r.chapter] = r.words
		for w, c := range r.counts {
			total[w] += c
		}
	}

	for i, n := range perChapter {
		fmt.Printf("chapter %d: %2d words\n", i+1, n)
	}

	// a mutex-protected counter shared by several goroutines
	var mu sync.Mutex
	letters := map[rune]int{}
	var lw sync.WaitGroup
	for _, ch := range chapters {
		lw.Add(1)
		go func(s string) {
			defer lw.Done()
			local := map[rune]int{}
			for _, r := range strings.ToLower(s) {
				if unicode.IsLetter(r) {
					local[r]++
				}
			}
			mu.Lock()
			defer mu.Unlock()
			for r, c := range local {
				letters[r] += c
			}
		}(ch)
	}
	lw.Wait()

	keys := slices.Collect(maps.Keys(total))
	slices.SortFunc(keys, func(a, b string) int {
		if total[a] != total[b] {
			return total[b] - total[a]
		}
		return strings.Compare(a, b)
	})
	fmt.Printf("distinct words: %d\n", len(keys))
	for _, k := range keys[:8] {
		fmt.Printf("  %-8s %d\n", k, total[k])
	}

	top := slices.Sorted(maps.Keys(letters))
	slices.SortStableFunc(top, func(a, b rune) int { return letters[b] - letters[a] })
	var sb strings.Builder
	for _, r := range top[:5] {
		fmt.Fprintf(&sb, "%c=%d ", r, letters[r])
	}
	fmt.Println("top letters:", strings.TrimSpace(sb.String()))
}
