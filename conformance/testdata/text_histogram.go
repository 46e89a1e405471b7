package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

const poem = `Two roads diverged in a yellow wood,
And sorry I could not travel both
And be one traveler, long I stood
And looked down one as far as I could
To where it bent in the undergrowth;`

type Bucket[K cmp.Ordered] struct {
	Key   K
	Count int
}

func histogram[K cmp.Ordered](items []K) []Bucket[K] {
	counts := map[K]int{}
	for _, it := range items {
		counts[it]++
	}
	var out []Bucket[K]
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		out = append(out, Bucket[K]{k, counts[k]})
	}
	return out
}

func render[K cmp.Ordered](title string, buckets []Bucket[K], width int, label func(K) string) {
	fmt.Println(title)
	maxCount := 0
	for _, b := range buckets {
		maxCount = max(maxCount, b.Count)
	}
	for _, b := range buckets {
		bar := b.Count * width / maxCount
		fmt.Printf("  %-6s|%s%s %d\n", label(b.Key), strings.Repeat("█", bar),
			strings.Repeat("·", width-bar), b.Count)
	}
}

func main() {
	var letters []rune
	var lengths []int
	for _, w := range strings.Fields(poem) {
		w = strings.TrimFunc(w, unicode.IsPunct)
		lengths = append(lengths, len(w))
		for _, r := range strings.ToLower(w) {
			letters = append(letters, r)
		}
	}

	letterHist := histogram(letters)
	slices.SortStableFunc(letterHist, func(a, b Bucket[rune]) int { return cmp.Compare(b.Count, a.Count) })
	render("top letters:", letterHist[:8], 30, func(r rune) string { return fmt.Sprintf("%q", r) })

	render("word lengths:", histogram(lengths), 20, func(n int) string { return fmt.Sprint(n) })

	// Vertical histogram of vowels.
	vowels := map[rune]int{}
	for _, r := range letters {
		if strings.ContainsRune("aeiou", r) {
			vowels[r]++
		}
	}
	fmt.Println("vowels:", vowels)
	top := slices.Max(slices.Collect(maps.Values(vowels)))
	for level := top; level > 0; level -= 2 {
		var row strings.Builder
		for _, v := range "aeiou" {
			if vowels[v] >= level {
				row.WriteString(" # ")
			} else {
				row.WriteString("   ")
			}
		}
		fmt.Printf("%2d|%s\n", level, strings.TrimRight(row.String(), " "))
	}
	fmt.Println("  +" + strings.Repeat("---", 5))
	fmt.Println("    a  e  i  o  u")
}
