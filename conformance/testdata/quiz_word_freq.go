package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick fox is a happy fox, and a lazy dog is a sleepy dog.`

type entry struct {
	word  string
	count int
}

func normalize(w string) string {
	return strings.ToLower(strings.TrimFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}))
}

func main() {
	counts := make(map[string]int)
	lines := 0
	total := 0

	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		lines++
		ws := bufio.NewScanner(strings.NewReader(sc.Text()))
		ws.Split(bufio.ScanWords)
		for ws.Scan() {
			w := normalize(ws.Text())
			if w == "" {
				continue
			}
			counts[w]++
			total++
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("scan error:", err)
		return
	}

	entries := make([]entry, 0, len(counts))
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	slices.SortFunc(entries, func(a, b entry) int {
		if a.count != b.count {
			return b.count - a.count
		}
		return strings.Compare(a.word, b.word)
	})

	fmt.Printf("lines=%d words=%d unique=%d\n", lines, total, len(counts))
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RANK\tWORD\tCOUNT\tBAR")
	for i, e := range entries[:min(10, len(entries))] {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\n", i+1, e.word, e.count, strings.Repeat("#", e.count))
	}
	tw.Flush()

	singles := 0
	for _, e := range entries {
		if e.count == 1 {
			singles++
		}
	}
	fmt.Printf("words seen once: %d (%.1f%% of unique)\n", singles, 100*float64(singles)/float64(len(counts)))
}
