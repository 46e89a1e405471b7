package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

const input = `London to Dublin = 464
London to Belfast = 518
Dublin to Belfast = 141
London to Paris = 344
Dublin to Paris = 702
Belfast to Paris = 583`

// Permutations yields every ordering of items (Heap's algorithm).
// The yielded slice is reused; callers must copy it to keep it.
func Permutations[T any](items []T) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		a := slices.Clone(items)
		c := make([]int, len(a))
		if !yield(a) {
			return
		}
		for i := 0; i < len(a); {
			if c[i] < i {
				if i%2 == 0 {
					a[0], a[i] = a[i], a[0]
				} else {
					a[c[i]], a[i] = a[i], a[c[i]]
				}
				if !yield(a) {
					return
				}
				c[i]++
				i = 0
			} else {
				c[i] = 0
				i++
			}
		}
	}
}

type edge [2]string

type Route struct {
	Stops []string
	Dist  int
}

func (r Route) String() string {
	return fmt.Sprintf("%s = %d", strings.Join(r.Stops, " -> "), r.Dist)
}

func main() {
	dist := map[edge]int{}
	var cities []string
	for _, line := range strings.Split(input, "\n") {
		var a, b string
		var d int
		if _, err := fmt.Sscanf(line, "%s to %s = %d", &a, &b, &d); err != nil {
			panic(err)
		}
		dist[edge{a, b}], dist[edge{b, a}] = d, d
		for _, c := range []string{a, b} {
			if !slices.Contains(cities, c) {
				cities = append(cities, c)
			}
		}
	}
	slices.Sort(cities)
	var shortest, longest Route
	count := 0
	for perm := range Permutations(cities) {
		count++
		total := 0
		for i := 1; i < len(perm); i++ {
			total += dist[edge{perm[i-1], perm[i]}]
		}
		if shortest.Stops == nil || total < shortest.Dist {
			shortest = Route{slices.Clone(perm), total}
		}
		if longest.Stops == nil || total > longest.Dist {
			longest = Route{slices.Clone(perm), total}
		}
	}
	fmt.Println("permutations:", count)
	fmt.Println("part 1:", shortest)
	fmt.Println("part 2:", longest)
}
