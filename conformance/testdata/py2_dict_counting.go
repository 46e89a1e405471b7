package main

import (
	"fmt"
	"sort"
	"strings"
)

// Python: counts = {}; for w in text.split(): counts[w] = counts.get(w, 0) + 1
func countWords(text string) map[string]int {
	counts := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,!?;:")
		if w == "" {
			continue
		}
		counts[w]++ // zero value acts like .get(w, 0)
	}
	return counts
}

type pair struct {
	word  string
	count int
}

// Python: sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
func mostCommon(counts map[string]int, n int) []pair {
	items := make([]pair, 0, len(counts))
	for k, v := range counts {
		items = append(items, pair{k, v})
	}
	sort.Slice(items, func(i, j int) bool {
		if items[i].count != items[j].count {
			return items[i].count > items[j].count
		}
		return items[i].word < items[j].word
	})
	if n > 0 && n < len(items) {
		items = items[:n]
	}
	return items
}

func main() {
	text := `The quick brown fox jumps over the lazy dog. The dog sleeps!
	A fox, a dog, and the cat; the end.`
	counts := countWords(text)
	fmt.Println("distinct words:", len(counts))
	total := 0
	for _, v := range counts {
		total += v
	}
	fmt.Println("total words:", total)
	for i, p := range mostCommon(counts, 5) {
		fmt.Printf("%d. %-6s %d\n", i+1, p.word, p.count)
	}
	// char counting like collections.Counter("mississippi")
	chars := map[rune]int{}
	for _, r := range "mississippi" {
		chars[r]++
	}
	keys := make([]rune, 0, len(chars))
	for r := range chars {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	parts := []string{}
	for _, r := range keys {
		parts = append(parts, fmt.Sprintf("'%c': %d", r, chars[r]))
	}
	fmt.Println("Counter({" + strings.Join(parts, ", ") + "})")
	// missing key behaves like 0
	fmt.Println("count of 'z':", chars['z'])
	fmt.Println("len after lookup:", len(chars))
	// fmt prints maps with sorted keys
	fmt.Println(chars)
	delete(chars, 's')
	fmt.Println(chars, len(chars))
}
