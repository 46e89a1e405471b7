package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	text := "the cat and the hat and the bat sat"
	freq := map[string]int{}
	for w := range strings.FieldsSeq(text) {
		freq[w]++
	}
	keys := slices.Sorted(maps.Keys(freq))
	fmt.Println(keys)
	type kv struct {
		k string
		v int
	}
	var pairs []kv
	for _, k := range keys {
		pairs = append(pairs, kv{k, freq[k]})
	}
	slices.SortStableFunc(pairs, func(a, b kv) int { return cmp.Compare(b.v, a.v) })
	fmt.Println(pairs[:3])
	vals := slices.Sorted(maps.Values(freq))
	fmt.Println(vals, len(freq))
	delete(freq, "the")
	_, ok := freq["the"]
	cp := maps.Clone(freq)
	cp["new"] = 1
	fmt.Println(ok, len(freq), len(cp), freq)
	maps.DeleteFunc(cp, func(k string, v int) bool { return v == 1 })
	fmt.Println(cp)
}
