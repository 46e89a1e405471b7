package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Stock map[string]int

func (s Stock) Add(other Stock) {
	for k, v := range other {
		s[k] += v
	}
}

func (s Stock) String() string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(s)) {
		parts = append(parts, fmt.Sprintf("%s:%d", k, s[k]))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func main() {
	barnA := Stock{"hay bales": 120, "straw bales": 80, "feed sacks": 35}
	barnB := Stock{"hay bales": 45, "seed sacks": 20, "feed sacks": 10}

	fmt.Println("barn A:", barnA)
	fmt.Println("barn B:", barnB)

	total := maps.Clone(barnA)
	total.Add(barnB)
	fmt.Println("combined:", total)
	fmt.Println("barn A unchanged:", maps.Equal(barnA, Stock{"hay bales": 120, "straw bales": 80, "feed sacks": 35}))

	keys := slices.Sorted(maps.Keys(total))
	fmt.Println("items:", keys)

	values := slices.Sorted(maps.Values(total))
	fmt.Println("counts ascending:", values)

	maps.DeleteFunc(total, func(k string, v int) bool { return v < 40 })
	fmt.Println("items with 40 or more:", total)

	// Build a map from a sequence of pairs.
	prices := maps.Collect(func(yield func(string, float64) bool) {
		for _, p := range []struct {
			k string
			v float64
		}{{"hay", 4.5}, {"straw", 3.25}, {"silage", 6.0}} {
			if !yield(p.k, p.v) {
				return
			}
		}
	})
	for _, k := range slices.Sorted(maps.Keys(prices)) {
		fmt.Printf("  %-6s £%.2f\n", k, prices[k])
	}

	// Invert a map of animal -> pen into pen -> animals.
	pens := map[string]string{
		"Daisy": "east", "Buttercup": "east", "Bramble": "west",
		"Clover": "north", "Nettle": "west", "Poppy": "east",
	}
	byPen := map[string][]string{}
	for animal, pen := range pens {
		byPen[pen] = append(byPen[pen], animal)
	}
	for _, pen := range slices.Sorted(maps.Keys(byPen)) {
		animals := byPen[pen]
		slices.Sort(animals)
		fmt.Printf("%-5s pen: %s\n", pen, strings.Join(animals, ", "))
	}

	if n, ok := pens["Daisy"]; ok {
		fmt.Println("Daisy lives in the", n, "pen")
	}
	_, ok := pens["Rosie"]
	fmt.Println("Rosie registered:", ok)

	extra := map[string]string{"Rosie": "north"}
	maps.Copy(pens, extra)
	fmt.Println("animals registered:", len(pens))
}
