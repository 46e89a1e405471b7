package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Report struct {
	Region  string
	Station string
	RainMM  float64
}

type Total struct {
	Region   string
	RainMM   float64
	Stations int
}

func main() {
	reports := []Report{
		{"north", "N1", 12.4}, {"south", "S1", 0.0}, {"east", "E1", 33.1},
		{"north", "N2", 8.6}, {"west", "W1", 19.9}, {"east", "E2", 27.5},
		{"south", "S2", 1.2}, {"north", "N3", 15.0}, {"west", "W2", 19.9},
		{"east", "E3", 4.4},
	}

	byRegion := make(map[string][]Report)
	for _, r := range reports {
		byRegion[r.Region] = append(byRegion[r.Region], r)
	}

	regions := slices.Sorted(maps.Keys(byRegion))
	fmt.Println("regions:", regions)

	var totals []Total
	for _, name := range regions {
		t := Total{Region: name, Stations: len(byRegion[name])}
		for _, r := range byRegion[name] {
			t.RainMM += r.RainMM
		}
		totals = append(totals, t)
	}

	// Wettest first; ties broken by name.
	slices.SortFunc(totals, func(a, b Total) int {
		return cmp.Or(cmp.Compare(b.RainMM, a.RainMM), cmp.Compare(a.Region, b.Region))
	})
	for i, t := range totals {
		fmt.Printf("%d. %-6s %6.1f mm over %d stations (avg %.2f)\n",
			i+1, t.Region, t.RainMM, t.Stations, t.RainMM/float64(t.Stations))
	}

	// Stations sorted by rain, stable so equal values keep input order.
	sorted := slices.Clone(reports)
	slices.SortStableFunc(sorted, func(a, b Report) int { return cmp.Compare(b.RainMM, a.RainMM) })
	fmt.Print("station ranking:")
	for _, r := range sorted {
		fmt.Printf(" %s", r.Station)
	}
	fmt.Println()

	byName := slices.Clone(totals)
	slices.SortFunc(byName, func(a, b Total) int { return cmp.Compare(a.Region, b.Region) })
	for _, want := range []string{"west", "central"} {
		idx, found := slices.BinarySearchFunc(byName, want, func(t Total, name string) int {
			return cmp.Compare(t.Region, name)
		})
		fmt.Printf("search %q: index=%d found=%t\n", want, idx, found)
	}

	dry := maps.Clone(byRegion)
	maps.DeleteFunc(dry, func(k string, v []Report) bool {
		return slices.ContainsFunc(v, func(r Report) bool { return r.RainMM > 5 })
	})
	fmt.Println("regions with no station above 5mm:", slices.Sorted(maps.Keys(dry)))

	counts := map[float64]int{}
	for _, r := range reports {
		counts[r.RainMM]++
	}
	for _, k := range slices.Backward(slices.Sorted(maps.Keys(counts))) {
		if counts[k] > 1 {
			fmt.Printf("%.1f mm seen %d times\n", k, counts[k])
		}
	}
	clear(byRegion)
	fmt.Println("after clear:", len(byRegion), "regions")
}
