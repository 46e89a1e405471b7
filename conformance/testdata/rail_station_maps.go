package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Tap struct {
	Card    string
	Station string
	In      bool
}

func main() {
	taps := []Tap{
		{"c1", "Kings Cross", true}, {"c2", "Euston", true}, {"c3", "Kings Cross", true},
		{"c1", "Stevenage", false}, {"c4", "Paddington", true}, {"c2", "Watford", false},
		{"c3", "Cambridge", false}, {"c5", "Kings Cross", true}, {"c4", "Reading", false},
		{"c5", "Stevenage", false}, {"c6", "Euston", true},
	}

	entries := map[string]int{}
	exits := make(map[string]int)
	origin := map[string]string{}
	flows := map[[2]string]int{}

	for _, t := range taps {
		if t.In {
			entries[t.Station]++
			origin[t.Card] = t.Station
			continue
		}
		exits[t.Station]++
		if from, ok := origin[t.Card]; ok {
			flows[[2]string{from, t.Station}]++
			delete(origin, t.Card)
		}
	}

	fmt.Println("Entries by station (most first):")
	stations := slices.Collect(maps.Keys(entries))
	slices.SortFunc(stations, func(a, b string) int {
		return cmp.Or(cmp.Compare(entries[b], entries[a]), strings.Compare(a, b))
	})
	for _, s := range stations {
		fmt.Printf("  %-12s %d\n", s, entries[s])
	}

	fmt.Println("Exits (alphabetical):")
	for _, s := range slices.Sorted(maps.Keys(exits)) {
		fmt.Printf("  %-12s %d\n", s, exits[s])
	}

	fmt.Println("Origin-destination flows:")
	keys := slices.Collect(maps.Keys(flows))
	slices.SortFunc(keys, func(a, b [2]string) int {
		return cmp.Or(strings.Compare(a[0], b[0]), strings.Compare(a[1], b[1]))
	})
	for _, k := range keys {
		fmt.Printf("  %s -> %s: %d\n", k[0], k[1], flows[k])
	}

	stillTravelling := slices.Sorted(maps.Keys(origin))
	fmt.Println("cards without exit:", stillTravelling)

	if n, ok := entries["Reading"]; !ok {
		fmt.Println("no entries at Reading, zero value is", n)
	}

	copyOf := maps.Clone(entries)
	copyOf["Euston"] += 100
	fmt.Println("original Euston:", entries["Euston"], "copy:", copyOf["Euston"])
	maps.DeleteFunc(copyOf, func(k string, v int) bool { return v < 2 })
	fmt.Println("busy stations in copy:", len(copyOf), maps.Equal(copyOf, entries))
}
