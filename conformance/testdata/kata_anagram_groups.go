package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
)

func signature(word string) string {
	rs := []rune(strings.ToLower(word))
	rs = slices.DeleteFunc(rs, func(r rune) bool { return !unicode.IsLetter(r) })
	slices.Sort(rs)
	return string(rs)
}

// GroupAnagrams collects words sharing a signature.
func GroupAnagrams(words []string) map[string][]string {
	groups := make(map[string][]string)
	for _, w := range words {
		sig := signature(w)
		groups[sig] = append(groups[sig], w)
	}
	return groups
}

// countKey uses a letter histogram instead of sorting.
func countKey(word string) [26]byte {
	var k [26]byte
	for _, r := range strings.ToLower(word) {
		if r >= 'a' && r <= 'z' {
			k[r-'a']++
		}
	}
	return k
}

func main() {
	words := []string{
		"listen", "silent", "enlist", "google", "inlets", "banana",
		"rat", "tar", "art", "evil", "vile", "live", "veil", "star",
		"rats", "arts", "tars", "Dormitory", "dirty room", "stone", "tones", "notes", "onset",
		"solo",
	}
	groups := GroupAnagrams(words)
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	// Largest groups first, then by signature.
	sort.Slice(keys, func(i, j int) bool {
		a, b := groups[keys[i]], groups[keys[j]]
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		g := slices.Clone(groups[k])
		slices.Sort(g)
		fmt.Printf("%-10s %d %q\n", k, len(g), g)
	}

	// Cross-check with the histogram key.
	byCount := map[[26]byte]int{}
	for _, w := range words {
		byCount[countKey(w)]++
	}
	fmt.Printf("groups by sort=%d by histogram=%d\n", len(groups), len(byCount))

	pairs := [][2]string{{"Astronomer", "Moon starer"}, {"hello", "world"}, {"The eyes", "They see"}}
	for _, p := range pairs {
		fmt.Printf("%q ~ %q: %t\n", p[0], p[1], signature(p[0]) == signature(p[1]))
	}
}
