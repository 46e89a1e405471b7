package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.`

type Bucket struct {
	Label string
	Count int
}

func wordFreq(s string) map[string]int {
	freq := map[string]int{}
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	for _, w := range words {
		freq[w]++
	}
	return freq
}

func topN(freq map[string]int, n int) []Bucket {
	bs := make([]Bucket, 0, len(freq))
	for w, c := range freq {
		bs = append(bs, Bucket{w, c})
	}
	sort.Slice(bs, func(i, j int) bool {
		if bs[i].Count != bs[j].Count {
			return bs[i].Count > bs[j].Count
		}
		return bs[i].Label < bs[j].Label
	})
	if len(bs) > n {
		bs = bs[:n]
	}
	return bs
}

func render(title string, bs []Bucket, width int) {
	fmt.Println(title)
	maxCount, maxLabel := 0, 0
	for _, b := range bs {
		maxCount = max(maxCount, b.Count)
		maxLabel = max(maxLabel, len(b.Label))
	}
	for _, b := range bs {
		bar := b.Count * width / maxCount
		fmt.Printf("  %*s | %-*s %d\n", maxLabel, b.Label, width, strings.Repeat("#", bar), b.Count)
	}
}

func main() {
	freq := wordFreq(text)
	fmt.Printf("%d distinct words\n", len(freq))
	render("top words:", topN(freq, 8), 30)

	lengths := map[int]int{}
	for w, c := range freq {
		lengths[len(w)] += c
	}
	var lb []Bucket
	for l := 1; l <= 12; l++ {
		if c, ok := lengths[l]; ok {
			lb = append(lb, Bucket{fmt.Sprintf("%d", l), c})
		}
	}
	render("word lengths:", lb, 20)

	letters := [26]int{}
	for _, r := range strings.ToLower(text) {
		if r >= 'a' && r <= 'z' {
			letters[r-'a']++
		}
	}
	var vowels []Bucket
	for _, v := range "aeiou" {
		vowels = append(vowels, Bucket{string(v), letters[v-'a']})
	}
	render("vowels:", vowels, 25)
	c, ok := freq["dickens"]
	fmt.Printf("dickens: %d %t\n", c, ok)
}
