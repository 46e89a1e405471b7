package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Garage struct {
	Name     string
	City     string
	Spots    int
	HourlyC  int
	Rating   float64
	Features []string
}

func main() {
	garages := []Garage{
		{"Harbor Deck", "Porto", 420, 250, 4.1, []string{"ev", "covered"}},
		{"Central Plaza", "Lyon", 900, 380, 4.6, []string{"covered", "valet"}},
		{"Old Mill", "Porto", 120, 150, 3.8, nil},
		{"Station West", "Lyon", 650, 300, 4.6, []string{"ev"}},
		{"Airport P3", "Porto", 2400, 420, 3.9, []string{"shuttle", "ev"}},
		{"Riverside", "Ghent", 300, 200, 4.3, []string{"bike"}},
	}

	byPrice := slices.Clone(garages)
	slices.SortFunc(byPrice, func(a, b Garage) int { return cmp.Compare(a.HourlyC, b.HourlyC) })
	fmt.Println("cheapest first:")
	for _, g := range byPrice {
		fmt.Printf("  %-14s %4d\n", g.Name, g.HourlyC)
	}

	// Rating descending, then name ascending for ties.
	byRating := slices.Clone(garages)
	slices.SortStableFunc(byRating, func(a, b Garage) int {
		return cmp.Or(
			cmp.Compare(b.Rating, a.Rating),
			strings.Compare(a.Name, b.Name),
		)
	})
	fmt.Println("best rated:")
	for i, g := range byRating[:3] {
		fmt.Printf("  %d. %s (%.1f)\n", i+1, g.Name, g.Rating)
	}

	// City then spots descending.
	slices.SortFunc(garages, func(a, b Garage) int {
		if c := cmp.Compare(a.City, b.City); c != 0 {
			return c
		}
		return cmp.Compare(b.Spots, a.Spots)
	})
	for _, g := range garages {
		fmt.Printf("  %-6s %-14s %5d\n", g.City, g.Name, g.Spots)
	}

	spots := make([]int, 0, len(garages))
	for _, g := range garages {
		spots = append(spots, g.Spots)
	}
	slices.Sort(spots)
	fmt.Println("spots sorted:", spots)
	if i, found := slices.BinarySearch(spots, 650); found {
		fmt.Println("650 spots at index", i)
	}
	i, found := slices.BinarySearch(spots, 500)
	fmt.Println("500 would insert at", i, "found:", found)
	fmt.Println("min/max:", slices.Min(spots), slices.Max(spots))

	idx := slices.IndexFunc(garages, func(g Garage) bool { return slices.Contains(g.Features, "valet") })
	fmt.Println("first with valet:", garages[idx].Name)
	withEV := slices.DeleteFunc(slices.Clone(garages), func(g Garage) bool {
		return !slices.Contains(g.Features, "ev")
	})
	names := make([]string, len(withEV))
	for i, g := range withEV {
		names[i] = g.Name
	}
	fmt.Println("with ev:", names)
	slices.Reverse(names)
	fmt.Println("reversed:", names, "equal to itself:", slices.Equal(names, slices.Clone(names)))
	fmt.Println("compact:", slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
}
