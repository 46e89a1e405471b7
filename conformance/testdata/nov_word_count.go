package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := `The quick brown fox jumps over the lazy dog.
The dog sleeps, and the fox runs away! The end?
A fox is a fox, and a dog is a dog.`

	// make lowercase and remove punctuation
	text = strings.ToLower(text)
	cleaned := ""
	for _, ch := range text {
		if (ch >= 'a' && ch <= 'z') || ch == ' ' || ch == '\n' {
			cleaned += string(ch)
		}
	}

	words := strings.Fields(cleaned)
	fmt.Println("total words:", len(words))

	counts := make(map[string]int)
	for _, w := range words {
		counts[w] = counts[w] + 1
	}
	fmt.Println("unique words:", len(counts))

	// maps are random order in go!! so sort the keys first
	keys := []string{}
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	fmt.Println("\nalphabetical:")
	for _, k := range keys {
		fmt.Printf("  %-7s %d\n", k, counts[k])
	}

	// now by count, most first (ties alphabetical)
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Println("\ntop 5:")
	for i := 0; i < 5 && i < len(keys); i++ {
		fmt.Printf("  %d. %s (%d)\n", i+1, keys[i], counts[keys[i]])
	}

	longest := ""
	for _, w := range words {
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println("\nlongest word:", longest)
}
