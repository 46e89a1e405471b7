package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type ZoneKey struct {
	City string
	Code int
}

func main() {
	// Map literal with struct keys.
	drivers := map[ZoneKey]string{
		{"Berlin", 10115}:  "Jonas",
		{"Berlin", 10997}:  "Mila",
		{"Hamburg", 20095}: "Lea",
		{"Munich", 80331}:  "Paul",
	}
	keys := slices.SortedFunc(maps.Keys(drivers), func(a, b ZoneKey) int {
		if c := strings.Compare(a.City, b.City); c != 0 {
			return c
		}
		return a.Code - b.Code
	})
	for _, k := range keys {
		fmt.Printf("%-8s %d -> %s\n", k.City, k.Code, drivers[k])
	}

	// Comma-ok lookup and delete.
	if name, ok := drivers[ZoneKey{"Cologne", 50667}]; !ok {
		fmt.Printf("no driver for Cologne (zero value %q)\n", name)
	}
	delete(drivers, ZoneKey{"Munich", 80331})
	fmt.Println("zones after delete:", len(drivers))

	// Counting words with a map, then sorting by count then name.
	notes := "late late damaged ok ok ok late missing ok damaged"
	freq := map[string]int{}
	for _, w := range strings.Fields(notes) {
		freq[w]++
	}
	words := slices.Collect(maps.Keys(freq))
	slices.SortFunc(words, func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return strings.Compare(a, b)
	})
	for _, w := range words {
		fmt.Printf("%-8s %s\n", w, strings.Repeat("#", freq[w]))
	}

	// Map of slices: trucks assigned to each depot.
	depots := map[string][]string{}
	assign := [][2]string{{"north", "T3"}, {"south", "T1"}, {"north", "T7"}, {"east", "T2"}, {"south", "T5"}}
	for _, a := range assign {
		depots[a[0]] = append(depots[a[0]], a[1])
	}
	for _, d := range slices.Sorted(maps.Keys(depots)) {
		fmt.Println(d, depots[d])
	}

	// maps.Clone, maps.Equal, maps.DeleteFunc.
	stock := map[string]int{"pallets": 40, "boxes": 310, "crates": 0}
	backup := maps.Clone(stock)
	fmt.Println("equal after clone:", maps.Equal(stock, backup))
	maps.DeleteFunc(stock, func(k string, v int) bool { return v == 0 })
	fmt.Println("equal after delete:", maps.Equal(stock, backup))
	fmt.Println("stock:", stock) // fmt prints maps with sorted keys

	// Nested map with lazy initialisation.
	visits := map[string]map[string]int{}
	record := func(truck, stop string) {
		if visits[truck] == nil {
			visits[truck] = map[string]int{}
		}
		visits[truck][stop]++
	}
	record("T1", "bakery")
	record("T1", "bakery")
	record("T1", "school")
	record("T2", "clinic")
	fmt.Println("visits:", visits)
	fmt.Println("T1 bakery visits:", visits["T1"]["bakery"], "T9 anything:", visits["T9"]["x"])
}
