package main

import (
	"fmt"
	"sort"
	"strings"
)

// Python: groups = defaultdict(list); for w in words: groups[w[0]].append(w)
func groupByFirst(words []string) map[string][]string {
	groups := map[string][]string{}
	for _, w := range words {
		if w == "" {
			continue
		}
		key := strings.ToUpper(w[:1])
		groups[key] = append(groups[key], w) // nil slice append works like defaultdict
	}
	return groups
}

func groupByLen(words []string) map[int][]string {
	out := make(map[int][]string)
	for _, w := range words {
		out[len(w)] = append(out[len(w)], w)
	}
	return out
}

func sortedKeys(m map[string][]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry",
		"Apricot", "date", "", "fig", "grape", "guava", "Banana"}
	groups := groupByFirst(words)
	for _, k := range sortedKeys(groups) {
		fmt.Printf("%s: %v (%d)\n", k, groups[k], len(groups[k]))
	}
	// missing group is nil, len 0, ranging is fine
	missing := groups["Z"]
	fmt.Println("Z group:", missing, missing == nil, len(missing))

	byLen := groupByLen(words)
	lens := []int{}
	for k := range byLen {
		lens = append(lens, k)
	}
	sort.Ints(lens)
	for _, l := range lens {
		g := append([]string(nil), byLen[l]...)
		sort.Strings(g)
		fmt.Printf("len %d -> %q\n", l, g)
	}
	// invert a dict: {v: [k...]}
	colors := map[string]string{"apple": "red", "banana": "yellow", "cherry": "red",
		"lemon": "yellow", "lime": "green"}
	inv := map[string][]string{}
	for fruit, c := range colors {
		inv[c] = append(inv[c], fruit)
	}
	for _, c := range sortedKeys(inv) {
		sort.Strings(inv[c])
		fmt.Println(c, "=>", strings.Join(inv[c], ", "))
	}
	// %v of a map of slices prints keys sorted
	fmt.Printf("%v\n", inv)
}
