package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

var dictionary = strings.Fields(`the quick brown fox jumps over lazy dog
	receive believe separate definitely necessary occasion accommodate
	language program golang parser string rhythm café naïve`)

// levenshtein computes the edit distance between two strings, rune-wise,
// using two rolling rows.
func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	curr := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		curr[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			curr[j] = min(prev[j]+1, curr[j-1]+1, prev[j-1]+cost)
		}
		prev, curr = curr, prev
	}
	return prev[len(rb)]
}

type Suggestion struct {
	Word     string
	Distance int
}

type Checker struct {
	words   map[string]bool
	maxDist int
}

func NewChecker(words []string, maxDist int) *Checker {
	c := &Checker{words: make(map[string]bool, len(words)), maxDist: maxDist}
	for _, w := range words {
		c.words[w] = true
	}
	return c
}

func (c *Checker) Suggest(word string) []Suggestion {
	var out []Suggestion
	for w := range c.words {
		if d := levenshtein(word, w); d <= c.maxDist {
			out = append(out, Suggestion{w, d})
		}
	}
	// Ties prefer words sharing the first letter, then alphabetical order.
	firstDiffers := func(s string) bool { return s[0] != word[0] }
	slices.SortFunc(out, func(x, y Suggestion) int {
		return cmp.Or(cmp.Compare(x.Distance, y.Distance),
			cmp.Compare(b2i(firstDiffers(x.Word)), b2i(firstDiffers(y.Word))),
			strings.Compare(x.Word, y.Word))
	})
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func main() {
	pairs := [][2]string{{"kitten", "sitting"}, {"", "abc"}, {"flaw", "lawn"}, {"café", "cafe"}, {"same", "same"}}
	for _, p := range pairs {
		fmt.Printf("d(%q, %q) = %d\n", p[0], p[1], levenshtein(p[0], p[1]))
	}

	c := NewChecker(dictionary, 2)
	sentence := "Teh quikc brown fox jumsp ovr the lazzy dgo recieve seperate langauge naive xyzzy"
	var fixed []string
	for _, raw := range strings.Fields(sentence) {
		w := strings.ToLower(raw)
		if c.words[w] {
			fixed = append(fixed, w)
			continue
		}
		sugg := c.Suggest(w)
		fmt.Printf("%-10s -> %v\n", raw, sugg)
		if len(sugg) > 0 {
			fixed = append(fixed, sugg[0].Word)
		} else {
			fixed = append(fixed, "["+w+"?]")
		}
	}
	fmt.Println(strings.Join(fixed, " "))
}
