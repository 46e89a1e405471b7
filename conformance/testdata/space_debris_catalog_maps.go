package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Object struct {
	ID      int
	Origin  string
	AltKm   int
	SizeCm  float64
	Tracked bool
}

func main() {
	catalog := map[int]Object{
		40021: {40021, "FENGYUN-1C", 850, 12.0, true},
		40022: {40022, "FENGYUN-1C", 840, 4.5, true},
		33501: {33501, "COSMOS-2251", 790, 30.0, true},
		33502: {33502, "COSMOS-2251", 805, 2.0, false},
		27001: {27001, "IRIDIUM-33", 780, 55.0, true},
		48100: {48100, "SL-16 R/B", 830, 900.0, true},
		48101: {48101, "SL-16 R/B", 835, 1.2, false},
	}

	// Deterministic iteration: sort the keys first.
	ids := slices.Sorted(maps.Keys(catalog))
	fmt.Println("catalog (by id):")
	for _, id := range ids {
		o := catalog[id]
		fmt.Printf("  %d %-12s %4d km %7.1f cm tracked=%t\n", id, o.Origin, o.AltKm, o.SizeCm, o.Tracked)
	}

	// Count fragments per parent event.
	perOrigin := map[string]int{}
	for _, o := range catalog {
		perOrigin[o.Origin]++
	}
	origins := slices.Collect(maps.Keys(perOrigin))
	slices.SortFunc(origins, func(a, b string) int {
		if perOrigin[a] != perOrigin[b] {
			return perOrigin[b] - perOrigin[a]
		}
		return strings.Compare(a, b)
	})
	fmt.Println("fragments per event:")
	for _, name := range origins {
		fmt.Printf("  %-12s %s\n", name, strings.Repeat("*", perOrigin[name]))
	}

	// Remove untracked objects and copy into an altitude-band index.
	maps.DeleteFunc(catalog, func(_ int, o Object) bool { return !o.Tracked })
	bands := map[int][]int{}
	for id, o := range catalog {
		band := o.AltKm / 50 * 50
		bands[band] = append(bands[band], id)
	}
	for _, band := range slices.Sorted(maps.Keys(bands)) {
		list := bands[band]
		slices.Sort(list)
		fmt.Printf("band %d-%d km: %v\n", band, band+49, list)
	}

	snapshot := maps.Clone(catalog)
	delete(snapshot, 48100)
	fmt.Println("tracked:", len(catalog), "snapshot:", len(snapshot), "equal:", maps.Equal(catalog, snapshot))
	if o, ok := catalog[48100]; ok {
		fmt.Printf("largest object %d from %q is %.0f cm\n", o.ID, o.Origin, o.SizeCm)
	}
	_, ok := catalog[33502]
	fmt.Println("33502 still present:", ok)
}
