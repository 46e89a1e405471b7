package main

import (
	"bufio"
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick brown dog? No -- a lazy, lazy fox.
Foxes and dogs: the eternal story of the quick and the lazy.`

type wordCount struct {
	Word  string
	Count int
}

func normalize(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return strings.ToLower(w)
}

func countWords(s string) (map[string]int, int) {
	counts := make(map[string]int)
	total := 0
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		w := normalize(sc.Text())
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}
	return counts, total
}

func main() {
	counts, total := countWords(text)

	list := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	slices.SortFunc(list, func(a, b wordCount) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return strings.Compare(a.Word, b.Word)
	})

	fmt.Printf("total words: %d, distinct: %d\n", total, len(list))
	fmt.Println("top 8:")
	for i, wc := range list[:8] {
		pct := 100 * float64(wc.Count) / float64(total)
		fmt.Printf("%2d. %-8s %3d %6.2f%% %s\n", i+1, wc.Word, wc.Count, pct, strings.Repeat("*", wc.Count))
	}

	lines := 0
	longest := ""
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		lines++
		if len(sc.Text()) > len(longest) {
			longest = sc.Text()
		}
	}
	fmt.Printf("lines: %d\n", lines)
	fmt.Printf("longest line (%d chars): %q\n", len(longest), longest)

	var singles []string
	for _, wc := range list {
		if wc.Count == 1 {
			singles = append(singles, wc.Word)
		}
	}
	fmt.Printf("hapax legomena (%d): %s\n", len(singles), strings.Join(singles, ", "))
}
