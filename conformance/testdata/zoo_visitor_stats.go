package main

import (
	"fmt"
	"slices"
	"sort"
)

type DayCount struct {
	Day      string
	Visitors int
}

func main() {
	week := []DayCount{
		{"Mon", 1240}, {"Tue", 980}, {"Wed", 1105}, {"Thu", 1320},
		{"Fri", 2010}, {"Sat", 4875}, {"Sun", 4410},
	}

	total, lo, hi := 0, week[0].Visitors, week[0].Visitors
	for _, d := range week {
		total += d.Visitors
		lo = min(lo, d.Visitors)
		hi = max(hi, d.Visitors)
	}
	fmt.Printf("Total visitors: %d\n", total)
	fmt.Printf("Average per day: %.1f\n", float64(total)/float64(len(week)))
	fmt.Printf("Range: %d..%d\n", lo, hi)

	sorted := slices.Clone(week)
	slices.SortFunc(sorted, func(a, b DayCount) int { return b.Visitors - a.Visitors })
	fmt.Println("Busiest days:")
	for i, d := range sorted[:3] {
		fmt.Printf("  #%d %s %5d\n", i+1, d.Day, d.Visitors)
	}

	counts := make([]int, len(week))
	for i, d := range week {
		counts[i] = d.Visitors
	}
	slices.Sort(counts)
	median := counts[len(counts)/2]
	fmt.Println("Median:", median)
	idx, found := slices.BinarySearch(counts, 2010)
	fmt.Println("Friday count at sorted index", idx, found)

	exhibitHits := map[string]int{}
	log := []string{"lions", "penguins", "reptiles", "lions", "aquarium", "penguins", "lions", "aquarium"}
	for _, ex := range log {
		exhibitHits[ex]++
	}
	names := make([]string, 0, len(exhibitHits))
	for name := range exhibitHits {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool {
		if exhibitHits[names[i]] != exhibitHits[names[j]] {
			return exhibitHits[names[i]] > exhibitHits[names[j]]
		}
		return names[i] < names[j]
	})
	fmt.Println("Exhibit popularity:")
	for _, n := range names {
		fmt.Printf("  %-9s %d\n", n, exhibitHits[n])
	}

	weekend := slices.IndexFunc(week, func(d DayCount) bool { return d.Day == "Sat" })
	fmt.Println("Weekend share:", fmt.Sprintf("%.1f%%", 100*float64(week[weekend].Visitors+week[weekend+1].Visitors)/float64(total)))
}
