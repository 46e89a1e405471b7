// Command tool_char_freq counts characters by class and draws a letter
// frequency histogram, similar to a tiny text-analysis utility.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// Class is a coarse character category.
type Class int

const (
	Letter Class = iota
	Digit
	Space
	Punct
	Other
)

var classNames = [...]string{"letter", "digit", "space", "punct", "other"}

func (c Class) String() string { return classNames[c] }

func classify(r rune) Class {
	switch {
	case unicode.IsLetter(r):
		return Letter
	case unicode.IsDigit(r):
		return Digit
	case unicode.IsSpace(r):
		return Space
	case unicode.IsPunct(r):
		return Punct
	}
	return Other
}

// Histogram counts letters case-insensitively.
type Histogram map[rune]int

func (h Histogram) Add(s string) {
	for _, r := range s {
		if unicode.IsLetter(r) {
			h[unicode.ToLower(r)]++
		}
	}
}

// Sorted returns the letters by descending count, then alphabetically.
func (h Histogram) Sorted() []rune {
	keys := make([]rune, 0, len(h))
	for r := range h {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool {
		if h[keys[i]] != h[keys[j]] {
			return h[keys[i]] > h[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

const text = `It was the best of times, it was the worst of times;
it was the age of wisdom... In 1859, Dickens wrote 45 chapters!
Tabs	and "quotes" + symbols = ©.`

func main() {
	var classes [Other + 1]int
	for _, r := range text {
		classes[classify(r)]++
	}
	fmt.Println("character classes:")
	for c := range Other + 1 {
		fmt.Printf("  %-7v %3d\n", c, classes[c])
	}

	h := Histogram{}
	h.Add(text)
	keys := h.Sorted()
	top := h[keys[0]]
	fmt.Printf("letter histogram (%d distinct, top %q=%d):\n", len(keys), keys[0], top)
	for i, r := range keys {
		if i == 12 {
			fmt.Printf("  ... %d more\n", len(keys)-i)
			break
		}
		bar := strings.Repeat("#", h[r]*30/top)
		fmt.Printf("  %c %3d %-30s|\n", r, h[r], bar)
	}
	vowels := 0
	for _, v := range "aeiou" {
		vowels += h[v]
	}
	fmt.Printf("vowels: %d, code point of ©: %U, %#x\n", vowels, '©', '©')
}
