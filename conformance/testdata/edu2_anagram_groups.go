// Week 3 assignment: group words that are anagrams of each other using a map.
package main

import (
	"fmt"
	"sort"
	"strings"
)

// signature returns the letters of a word sorted, used as a map key.
func signature(word string) string {
	letters := strings.Split(strings.ToLower(word), "")
	sort.Strings(letters)
	return strings.Join(letters, "")
}

// groupAnagrams builds a map from signature to the words sharing it.
func groupAnagrams(words []string) map[string][]string {
	groups := make(map[string][]string)
	for _, w := range words {
		key := signature(w)
		groups[key] = append(groups[key], w)
	}
	return groups
}

// areAnagrams counts letters with an array instead of sorting.
func areAnagrams(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	var counts [26]int
	for i := 0; i < len(a); i++ {
		counts[a[i]-'a']++
		counts[b[i]-'a']--
	}
	for _, c := range counts {
		if c != 0 {
			return false
		}
	}
	return true
}

func main() {
	words := []string{
		"listen", "silent", "enlist", "google", "gooegl",
		"cat", "act", "tac", "dog", "god", "bird", "inlets",
	}
	groups := groupAnagrams(words)

	// Sort keys so the output is the same every run.
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	fmt.Printf("%d words formed %d groups\n", len(words), len(groups))
	for _, k := range keys {
		g := groups[k]
		sort.Strings(g)
		fmt.Printf("%-8s size=%d %v\n", k, len(g), g)
	}

	// comma-ok lookup: is there a group for a given word?
	for _, probe := range []string{"tinsel", "fish", "odg"} {
		g, ok := groups[signature(probe)]
		fmt.Printf("lookup %-7q found=%-5t group=%v\n", probe, ok, g)
	}

	pairs := [][2]string{{"night", "thing"}, {"apple", "paple"}, {"abc", "abd"}, {"ab", "abc"}}
	for _, p := range pairs {
		fmt.Printf("areAnagrams(%s, %s) = %t\n", p[0], p[1], areAnagrams(p[0], p[1]))
	}
}
