package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const passage = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.`

var stopWords = map[string]bool{
	"it": true, "was": true, "the": true, "of": true, "a": true, "and": true,
}

type entry struct {
	word  string
	count int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(passage))
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	total, skipped := 0, 0
	longest := ""
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r)
		}))
		if w == "" {
			continue
		}
		total++
		if stopWords[w] {
			skipped++
			continue
		}
		counts[w]++
		if len(w) > len(longest) || (len(w) == len(longest) && w < longest) {
			longest = w
		}
	}
	entries := make([]entry, 0, len(counts))
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Printf("total words: %d, stop words skipped: %d, distinct: %d\n", total, skipped, len(counts))
	fmt.Println("longest word:", longest)
	for i, e := range entries {
		if i == 10 {
			break
		}
		bar := strings.Repeat("#", e.count)
		fmt.Printf("%2d. %-12s %2d %s\n", i+1, e.word, e.count, bar)
	}
	byLetter := map[rune]int{}
	for w := range counts {
		byLetter[[]rune(w)[0]]++
	}
	letters := make([]rune, 0, len(byLetter))
	for r := range byLetter {
		letters = append(letters, r)
	}
	sort.Slice(letters, func(i, j int) bool { return letters[i] < letters[j] })
	var b strings.Builder
	for _, r := range letters {
		fmt.Fprintf(&b, "%c:%d ", r, byLetter[r])
	}
	fmt.Println("initials:", strings.TrimSpace(b.String()))
	for _, q := range []string{"times", "wisdom", "the", "hope", "future"} {
		c, ok := counts[q]
		fmt.Printf("lookup %-7s count=%d present=%v\n", q, c, ok)
	}
}
