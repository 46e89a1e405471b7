package main

import (
	"bufio"
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.`

var stopWords = map[string]bool{"it": true, "was": true, "the": true, "of": true}

type WordCount struct {
	Word  string
	Count int
}

func (w WordCount) String() string { return fmt.Sprintf("%s(%d)", w.Word, w.Count) }

func countWords(s string, skip map[string]bool) map[string]int {
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r)
		}))
		if w == "" || skip[w] {
			continue
		}
		counts[w]++
	}
	return counts
}

func topN(counts map[string]int, n int) []WordCount {
	var list []WordCount
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	slices.SortFunc(list, func(a, b WordCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Word, b.Word))
	})
	return list[:min(n, len(list))]
}

func main() {
	all := countWords(text, nil)
	fmt.Println("distinct words:", len(all))
	fmt.Println("top 5 (all):", topN(all, 5))

	content := countWords(text, stopWords)
	fmt.Println("top 6 (content):", topN(content, 6))

	byLen := map[int][]string{}
	for w := range content {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	for _, l := range slices.Sorted(maps.Keys(byLen)) {
		words := byLen[l]
		slices.Sort(words)
		fmt.Printf("len %2d: %s\n", l, strings.Join(words, " "))
	}

	lines := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for lines.Scan() {
		n++
		fmt.Printf("line %d: %d chars, %d commas\n", n, len(lines.Text()), strings.Count(lines.Text(), ","))
	}

	runes := bufio.NewScanner(strings.NewReader("naïve café"))
	runes.Split(bufio.ScanRunes)
	var rs []string
	for runes.Scan() {
		rs = append(rs, runes.Text())
	}
	fmt.Printf("%d runes: %q\n", len(rs), rs)
}
