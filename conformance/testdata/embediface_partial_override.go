package main

import (
	"fmt"
	"sort"
)

type byLenThenAlpha struct{ sort.StringSlice }

func (s byLenThenAlpha) Less(i, j int) bool {
	a, b := s.StringSlice[i], s.StringSlice[j]
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

func main() {
	words := []string{"pear", "fig", "banana", "kiwi", "apple"}
	sort.Sort(byLenThenAlpha{words})
	fmt.Println(words)
}
