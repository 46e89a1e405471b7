package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	inventory := map[string]int{"pear": 3, "apple": 5, "fig": 0, "kiwi": 12}
	keys := slices.Sorted(maps.Keys(inventory))
	fmt.Println("keys:", keys)
	vals := slices.Sorted(maps.Values(inventory))
	fmt.Println("values:", vals)

	words := strings.Fields("the cat saw the dog and the cat ran")
	lengths := maps.Collect(func(yield func(string, int) bool) {
		for _, w := range words {
			if !yield(w, len(w)) {
				return
			}
		}
	})
	fmt.Println("lengths:", lengths)

	indexed := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println("from slices.All:", indexed)

	clone := maps.Clone(inventory)
	maps.DeleteFunc(clone, func(k string, v int) bool { return v == 0 })
	fmt.Println("nonzero:", clone, "equal:", maps.Equal(clone, inventory))

	extra := map[string]int{"plum": 4, "apple": 1}
	maps.Copy(clone, extra)
	fmt.Println("merged:", clone)

	m2 := map[string]int{}
	maps.Insert(m2, maps.All(extra))
	fmt.Println("inserted:", m2)

	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	type kv struct {
		K string
		V int
	}
	var pairs []kv
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		pairs = append(pairs, kv{k, counts[k]})
	}
	slices.SortStableFunc(pairs, func(a, b kv) int { return b.V - a.V })
	fmt.Println("by count:", pairs)

	sortedKeys := slices.SortedFunc(maps.Keys(counts), func(a, b string) int {
		return len(a) - len(b)
	})
	fmt.Println("len-sorted count:", len(sortedKeys), sortedKeys[0] != "")
	fmt.Println("collected:", slices.Collect(maps.Keys(map[int]bool{42: true})))
	fmt.Println("eqfunc:", maps.EqualFunc(map[int]string{1: "A"}, map[int]string{1: "a"}, strings.EqualFold))
}
