package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Stock struct {
	Qty   int
	Price float64
}

func printSorted[K interface{ ~string }, V any](title string, m map[K]V) {
	fmt.Printf("%s (%d):\n", title, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Printf("  %-8s %+v\n", k, m[k])
	}
}

func main() {
	inventory := map[string]Stock{
		"apple":  {Qty: 12, Price: 0.5},
		"banana": {Qty: 0, Price: 0.25},
		"cherry": {Qty: 200, Price: 0.1},
		"durian": {Qty: 1, Price: 9.99},
		"elder":  {Qty: 0, Price: 3},
	}
	printSorted("inventory", inventory)

	backup := maps.Clone(inventory)
	maps.DeleteFunc(inventory, func(_ string, s Stock) bool { return s.Qty == 0 })
	fmt.Println("in stock:", slices.Sorted(maps.Keys(inventory)))
	fmt.Println("backup still has", len(backup), "entries; equal?", maps.Equal(inventory, backup))

	var total float64
	for _, name := range slices.Sorted(maps.Keys(inventory)) {
		s := inventory[name]
		total += float64(s.Qty) * s.Price
	}
	fmt.Printf("stock value: %.2f\n", total)

	qtys := slices.Sorted(func(yield func(int) bool) {
		for s := range maps.Values(backup) {
			if !yield(s.Qty) {
				return
			}
		}
	})
	fmt.Println("quantities:", qtys)

	words := strings.Fields("to be or not to be that is the question")
	index := maps.Collect(func(yield func(string, int) bool) {
		for i, w := range words {
			if !yield(w, i) {
				return
			}
		}
	})
	fmt.Println("last index:", index)

	inverted := make(map[int]string)
	maps.Insert(inverted, func(yield func(int, string) bool) {
		for k, v := range index {
			if !yield(v, k) {
				return
			}
		}
	})
	for _, i := range slices.Sorted(maps.Keys(inverted)) {
		fmt.Print(i, "=", inverted[i], " ")
	}
	fmt.Println()

	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	keys := slices.Collect(maps.Keys(counts))
	slices.SortFunc(keys, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	fmt.Println("by frequency:", keys[:4])

	m1 := map[string]int{"a": 1, "b": 2}
	m2 := maps.Clone(m1)
	m2["c"] = 3
	maps.Copy(m1, map[string]int{"b": 20, "z": 26})
	fmt.Println(m1, m2, maps.EqualFunc(m1, m2, func(x, y int) bool { return x%10 == y%10 }))

	clear(m2)
	fmt.Println("cleared:", m2, len(m2))
	var nilMap map[string]bool
	fmt.Println("clone of nil is nil:", maps.Clone(nilMap) == nil)
}
