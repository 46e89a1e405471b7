package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Lot struct {
	Zone     string
	Capacity int
	Permits  []string
}

func main() {
	lots := map[string]Lot{
		"north-deck":  {"A", 300, []string{"staff", "visitor"}},
		"south-lot":   {"B", 150, []string{"visitor"}},
		"east-garage": {"A", 520, []string{"staff", "ev", "visitor"}},
		"west-field":  {"C", 90, nil},
		"ramp-7":      {"B", 210, []string{"staff"}},
	}

	names := slices.Sorted(maps.Keys(lots))
	fmt.Println("lots:", strings.Join(names, ", "))

	// Group lot names by zone.
	byZone := map[string][]string{}
	for _, name := range names {
		z := lots[name].Zone
		byZone[z] = append(byZone[z], name)
	}
	for _, z := range slices.Sorted(maps.Keys(byZone)) {
		fmt.Printf("zone %s: %v\n", z, byZone[z])
	}

	// Capacity per zone, then zones ordered by capacity descending.
	capByZone := map[string]int{}
	for _, l := range lots {
		capByZone[l.Zone] += l.Capacity
	}
	zones := slices.Collect(maps.Keys(capByZone))
	slices.SortFunc(zones, func(a, b string) int { return capByZone[b] - capByZone[a] })
	for _, z := range zones {
		fmt.Printf("  %s %4d spots\n", z, capByZone[z])
	}

	// Permit index: permit -> number of lots that honour it.
	permits := map[string]int{}
	for _, l := range lots {
		for _, p := range l.Permits {
			permits[p]++
		}
	}
	for _, p := range slices.Sorted(maps.Keys(permits)) {
		fmt.Printf("permit %-8q accepted at %d lots\n", p, permits[p])
	}

	// Copy, modify the copy, compare.
	snapshot := maps.Clone(capByZone)
	snapshot["C"] += 40
	fmt.Println("equal after change:", maps.Equal(snapshot, capByZone))
	maps.DeleteFunc(snapshot, func(z string, c int) bool { return c < 400 })
	fmt.Println("big zones:", slices.Sorted(maps.Keys(snapshot)))

	// Comma-ok lookups and delete.
	if l, ok := lots["ramp-7"]; ok {
		fmt.Printf("ramp-7: %+v\n", l)
	}
	delete(lots, "ramp-7")
	_, ok := lots["ramp-7"]
	fmt.Println("ramp-7 still listed:", ok, "count:", len(lots))

	// Build a map from a sequence of pairs.
	short := maps.Collect(func(yield func(string, int) bool) {
		for _, n := range names {
			if !yield(strings.SplitN(n, "-", 2)[0], len(n)) {
				return
			}
		}
	})
	fmt.Println("short names:", short)
}
