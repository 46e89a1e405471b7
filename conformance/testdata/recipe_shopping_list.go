package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type item struct {
	name   string
	amount float64
	unit   string
}

type key struct {
	name, unit string
}

func main() {
	meals := map[string][]item{
		"monday":    {{"onion", 1, "pc"}, {"rice", 200, "g"}, {"butter", 20, "g"}},
		"tuesday":   {{"pasta", 250, "g"}, {"onion", 2, "pc"}, {"tomato", 400, "g"}},
		"wednesday": {{"rice", 150, "g"}, {"butter", 10, "g"}, {"egg", 3, "pc"}},
		"thursday":  {{"tomato", 200, "g"}, {"egg", 2, "pc"}, {"basil", 1, "bunch"}},
	}

	aisles := map[string]string{
		"onion": "produce", "tomato": "produce", "basil": "produce",
		"rice": "dry goods", "pasta": "dry goods",
		"butter": "dairy", "egg": "dairy",
	}

	totals := make(map[key]float64)
	usedOn := make(map[string][]string)
	for _, day := range slices.Sorted(maps.Keys(meals)) {
		for _, it := range meals[day] {
			totals[key{it.name, it.unit}] += it.amount
			usedOn[it.name] = append(usedOn[it.name], day)
		}
	}

	byAisle := make(map[string][]key)
	for k := range totals {
		byAisle[aisles[k.name]] = append(byAisle[aisles[k.name]], k)
	}

	fmt.Println("SHOPPING LIST")
	for _, aisle := range slices.Sorted(maps.Keys(byAisle)) {
		keys := byAisle[aisle]
		slices.SortFunc(keys, func(a, b key) int { return strings.Compare(a.name, b.name) })
		fmt.Printf("[%s]\n", strings.ToUpper(aisle))
		for _, k := range keys {
			fmt.Printf("  %-7s %6.0f %-5s (%s)\n", k.name, totals[k], k.unit,
				strings.Join(usedOn[k.name], ", "))
		}
	}
	fmt.Println("distinct items:", len(totals))
}
