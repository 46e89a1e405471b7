package main

import (
	"fmt"
	"slices"
	"strings"
)

var totalWords int

func main() {
	text := `the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick dog is a happy dog`

	lines := strings.Split(text, "\n")
	fmt.Println("number of lines:", len(lines))

	counts := map[string]int{}
	for i, line := range lines {
		words := strings.Fields(line)
		fmt.Printf("line %d has %d words\n", i+1, len(words))
		for _, w := range words {
			counts[w]++
			totalWords++
		}
	}
	fmt.Println("counts:", counts)
	fmt.Println("total words:", totalWords, "unique:", len(counts))

	keys := []string{}
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println("sorted keys:", keys)

	type pair struct {
		Word  string
		Count int
	}
	pairs := []pair{}
	for _, k := range keys {
		pairs = append(pairs, pair{k, counts[k]})
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return b.Count - a.Count })
	fmt.Println("top 3:", pairs[:3])
	for _, p := range pairs[:5] {
		fmt.Printf("%-6s %s\n", p.Word, strings.Repeat("*", p.Count))
	}

	byLength := map[int][]string{}
	for _, k := range keys {
		byLength[len(k)] = append(byLength[len(k)], k)
	}
	fmt.Println("by length:", byLength)

	v, ok := counts["cat"]
	fmt.Println("cat:", v, ok)
	v, ok = counts["fox"]
	fmt.Println("fox:", v, ok)
	delete(counts, "the")
	fmt.Println("after delete, unique:", len(counts))

	letters := map[rune]int{}
	for _, r := range strings.ReplaceAll(text, " ", "") {
		if r != '\n' {
			letters[r]++
		}
	}
	fmt.Println("letter 'o':", letters['o'], "letter 'z':", letters['z'])
}
