package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Enclosure struct {
	Name     string
	Zone     string
	Capacity int
	Animals  []string
}

type Zoo struct {
	enclosures []Enclosure
}

func (z *Zoo) All() iter.Seq2[int, Enclosure] {
	return func(yield func(int, Enclosure) bool) {
		for i, e := range z.enclosures {
			if !yield(i, e) {
				return
			}
		}
	}
}

func (z *Zoo) InZone(zone string) iter.Seq[Enclosure] {
	return func(yield func(Enclosure) bool) {
		for _, e := range z.enclosures {
			if e.Zone == zone && !yield(e) {
				return
			}
		}
	}
}

func (z *Zoo) AnimalNames() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, e := range z.enclosures {
			for _, a := range e.Animals {
				if !yield(a) {
					return
				}
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		count := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			count++
			if count == n {
				return
			}
		}
	}
}

func main() {
	z := &Zoo{enclosures: []Enclosure{
		{"Savanna Plains", "Africa", 12, []string{"zebra", "giraffe", "ostrich"}},
		{"Monkey Island", "Asia", 20, []string{"macaque", "gibbon"}},
		{"Lion Rock", "Africa", 6, []string{"lion"}},
		{"Panda Grove", "Asia", 4, []string{"red panda"}},
		{"Outback", "Oceania", 10, []string{"kangaroo", "emu", "wallaby"}},
	}}

	for i, e := range z.All() {
		fmt.Printf("%d: %-15s %-8s cap=%2d animals=%d\n", i, e.Name, e.Zone, e.Capacity, len(e.Animals))
	}

	fmt.Println("Africa zone:")
	for e := range z.InZone("Africa") {
		fmt.Println("  ", e.Name)
	}

	fmt.Println("First four animals:", slices.Collect(Take(z.AnimalNames(), 4)))
	sorted := slices.Sorted(z.AnimalNames())
	fmt.Println("All animals sorted:", strings.Join(sorted, ", "))

	capByZone := map[string]int{}
	for _, e := range z.All() {
		capByZone[e.Zone] += e.Capacity
	}
	for _, zone := range slices.Sorted(maps.Keys(capByZone)) {
		fmt.Printf("zone %-8s capacity %d\n", zone, capByZone[zone])
	}

	for i := range 3 {
		fmt.Printf("tour stop %d -> %s\n", i+1, z.enclosures[i].Name)
	}
}
