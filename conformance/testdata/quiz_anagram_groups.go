package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func signature(w string) string {
	rs := []rune(strings.ToLower(w))
	slices.Sort(rs)
	return string(rs)
}

type Group struct {
	Key   string
	Words []string
}

func (g Group) String() string {
	return fmt.Sprintf("[%s] %s", g.Key, strings.Join(g.Words, ", "))
}

func groupAnagrams(words []string) []Group {
	bySig := map[string][]string{}
	for _, w := range words {
		sig := signature(w)
		if !slices.Contains(bySig[sig], w) {
			bySig[sig] = append(bySig[sig], w)
		}
	}
	var groups []Group
	for _, sig := range slices.Sorted(maps.Keys(bySig)) {
		ws := bySig[sig]
		slices.Sort(ws)
		groups = append(groups, Group{sig, ws})
	}
	slices.SortStableFunc(groups, func(a, b Group) int {
		return len(b.Words) - len(a.Words)
	})
	return groups
}

func isAnagram(a, b string) bool {
	var counts [26]int
	for _, r := range strings.ToLower(a) {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	for _, r := range strings.ToLower(b) {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']--
		}
	}
	return counts == [26]int{}
}

func main() {
	words := strings.Fields(`listen silent enlist tinsel inlets google
		rat tar art star tars rats arts evil vile live veil
		angel glean angle below elbow bowel stone tones notes onset
		apple pale leap plea peal`)

	groups := groupAnagrams(words)
	fmt.Printf("%d words, %d groups\n", len(words), len(groups))
	for i, g := range groups {
		fmt.Printf("%2d. %v\n", i+1, g)
	}

	pairs := [][2]string{
		{"Dormitory", "Dirty room"},
		{"The eyes", "They see"},
		{"Astronomer", "Moon starer"},
		{"Hello", "World"},
	}
	for _, p := range pairs {
		fmt.Printf("%-12q vs %-14q anagram=%t\n", p[0], p[1], isAnagram(p[0], p[1]))
	}
}
