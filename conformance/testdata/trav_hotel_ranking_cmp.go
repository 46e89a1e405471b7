package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Hotel struct {
	Name     string
	City     string
	Stars    int
	Price    float64
	Rating   float64
	Distance float64 // km to centre
}

func byValue(a, b Hotel) int {
	return cmp.Or(
		cmp.Compare(b.Rating, a.Rating),
		cmp.Compare(a.Price, b.Price),
		strings.Compare(a.Name, b.Name),
	)
}

func main() {
	hotels := []Hotel{
		{"Alfama Loft", "Lisbon", 3, 95, 8.9, 0.8},
		{"Baixa Grand", "Lisbon", 5, 240, 9.1, 0.3},
		{"Belém Inn", "Lisbon", 3, 78, 8.9, 6.1},
		{"Ribeira Rooms", "Porto", 3, 82, 9.0, 0.5},
		{"Douro Palace", "Porto", 5, 210, 9.0, 1.2},
		{"Foz Hostel", "Porto", 2, 34, 8.2, 5.4},
		{"Marina Suites", "Faro", 4, 130, 8.6, 1.0},
		{"Old Town B&B", "Faro", 3, 88, 9.3, 0.2},
	}

	ranked := slices.Clone(hotels)
	slices.SortFunc(ranked, byValue)
	fmt.Println("Best rated (ties: cheaper first):")
	for i, h := range ranked {
		fmt.Printf("%d. %-14s %-6s %d* %6.2f EUR  %.1f\n", i+1, h.Name, h.City, h.Stars, h.Price, h.Rating)
	}

	byCity := map[string][]Hotel{}
	for _, h := range hotels {
		byCity[h.City] = append(byCity[h.City], h)
	}
	fmt.Println("Closest to centre per city:")
	for _, city := range slices.Sorted(maps.Keys(byCity)) {
		closest := slices.MinFunc(byCity[city], func(a, b Hotel) int {
			return cmp.Compare(a.Distance, b.Distance)
		})
		fmt.Printf("  %-6s %s (%.1f km)\n", city, closest.Name, closest.Distance)
	}

	cheap := slices.DeleteFunc(slices.Clone(hotels), func(h Hotel) bool { return h.Price > 100 })
	fmt.Println("under 100 EUR:", len(cheap))

	idx, found := slices.BinarySearchFunc(ranked, 9.0, func(h Hotel, r float64) int {
		return cmp.Compare(r, h.Rating)
	})
	fmt.Printf("first hotel rated 9.0: index %d found=%v (%s)\n", idx, found, ranked[idx].Name)

	starCount := map[int]int{}
	for _, h := range hotels {
		starCount[h.Stars]++
	}
	stars := slices.Collect(maps.Keys(starCount))
	slices.Sort(stars)
	slices.Reverse(stars)
	for _, s := range stars {
		fmt.Printf("%s %d\n", strings.Repeat("*", s), starCount[s])
	}
	fmt.Println("max price:", slices.MaxFunc(hotels, func(a, b Hotel) int { return cmp.Compare(a.Price, b.Price) }).Name)
}
