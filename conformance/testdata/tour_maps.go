// Chapter: maps.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Employee struct {
	Name   string
	Salary int
}

func main() {
	ages := map[string]int{"alice": 31, "bob": 27}
	ages["carol"] = 40
	fmt.Println(ages, len(ages))

	// Comma-ok distinguishes a missing key from a zero value.
	ages["dave"] = 0
	for _, k := range []string{"bob", "dave", "erin"} {
		v, ok := ages[k]
		fmt.Printf("%s: v=%d ok=%t\n", k, v, ok)
	}

	delete(ages, "bob")
	delete(ages, "nobody") // deleting a missing key is a no-op
	fmt.Println(ages)

	// Iterate in sorted order for deterministic output.
	keys := slices.Sorted(maps.Keys(ages))
	for _, k := range keys {
		fmt.Print(k, "=", ages[k], " ")
	}
	fmt.Println()

	// A nil map reads like an empty map but panics on write.
	var nilMap map[string]bool
	fmt.Println(nilMap == nil, nilMap["x"], len(nilMap))

	// Map of slices: append through the zero value.
	byLetter := map[byte][]string{}
	for _, w := range strings.Fields("apple avocado banana blueberry cherry apricot") {
		byLetter[w[0]] = append(byLetter[w[0]], w)
	}
	for _, c := range []byte("abc") {
		fmt.Printf("%c -> %v\n", c, byLetter[c])
	}

	// Map of structs: values are not addressable, so reassign.
	staff := map[string]Employee{"e1": {"Ann", 100}, "e2": {"Ben", 90}}
	e := staff["e1"]
	e.Salary += 10
	staff["e1"] = e
	fmt.Printf("%+v\n", staff)

	// Map of pointers can be updated in place.
	ptrs := map[string]*Employee{"e3": {"Cy", 50}}
	ptrs["e3"].Salary *= 2
	fmt.Println(*ptrs["e3"])

	// Nested maps need their inner map initialised.
	graph := map[string]map[string]int{}
	addEdge := func(from, to string, w int) {
		if graph[from] == nil {
			graph[from] = map[string]int{}
		}
		graph[from][to] = w
	}
	addEdge("a", "b", 1)
	addEdge("a", "c", 4)
	addEdge("b", "c", 2)
	fmt.Println(graph, graph["a"]["c"], graph["z"]["q"])

	// Word counting with a struct key.
	type pair struct{ a, b string }
	counts := map[pair]int{}
	words := strings.Fields("to be or not to be to be")
	for i := 0; i+1 < len(words); i++ {
		counts[pair{words[i], words[i+1]}]++
	}
	fmt.Println(counts[pair{"to", "be"}], counts[pair{"be", "or"}], len(counts))

	// Maps are reference-like: both names see the change.
	alias := ages
	alias["zed"] = 99
	fmt.Println(ages["zed"], maps.Equal(alias, ages))
	cp := maps.Clone(ages)
	cp["zed"] = 1
	fmt.Println(ages["zed"], cp["zed"])
	clear(cp)
	fmt.Println(len(cp), cp)
}
