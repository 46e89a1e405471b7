package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	City   string
	Salary int
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	groups := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		groups[k] = append(groups[k], x)
	}
	return groups
}

func SumBy[T any](xs []T, f func(T) int) int {
	total := 0
	for _, x := range xs {
		total += f(x)
	}
	return total
}

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	return slices.Sorted(maps.Keys(m))
}

type deptCity struct{ Dept, City string }

func main() {
	staff := []Employee{
		{"Ana", "eng", "Lisbon", 5200},
		{"Bo", "ops", "Oslo", 4100},
		{"Cid", "eng", "Oslo", 6100},
		{"Dia", "sales", "Lisbon", 3900},
		{"Eli", "eng", "Lisbon", 4800},
		{"Fay", "ops", "Lisbon", 4300},
		{"Gus", "sales", "Oslo", 4500},
		{"Hal", "eng", "Oslo", 7000},
	}

	byDept := GroupBy(staff, func(e Employee) string { return e.Dept })
	salary := func(e Employee) int { return e.Salary }
	for _, d := range SortedKeys(byDept) {
		group := byDept[d]
		names := make([]string, 0, len(group))
		for _, e := range group {
			names = append(names, e.Name)
		}
		total := SumBy(group, salary)
		fmt.Printf("%-6s n=%d total=%6d avg=%7.1f [%s]\n", d, len(group), total,
			float64(total)/float64(len(group)), strings.Join(names, " "))
	}

	byBand := GroupBy(staff, func(e Employee) int { return e.Salary / 1000 * 1000 })
	for _, band := range SortedKeys(byBand) {
		fmt.Printf("band %d+: %d people\n", band, len(byBand[band]))
	}

	// Composite struct keys.
	byBoth := GroupBy(staff, func(e Employee) deptCity { return deptCity{e.Dept, e.City} })
	keys := slices.SortedFunc(maps.Keys(byBoth), func(a, b deptCity) int {
		return cmp.Or(cmp.Compare(a.Dept, b.Dept), cmp.Compare(a.City, b.City))
	})
	for _, k := range keys {
		top := slices.MaxFunc(byBoth[k], func(a, b Employee) int { return cmp.Compare(a.Salary, b.Salary) })
		fmt.Printf("%v top earner %s (%d)\n", k, top.Name, top.Salary)
	}

	// Nested maps built in a loop: city -> dept -> count.
	nested := map[string]map[string]int{}
	for _, e := range staff {
		inner, ok := nested[e.City]
		if !ok {
			inner = map[string]int{}
			nested[e.City] = inner
		}
		inner[e.Dept]++
	}
	for _, city := range SortedKeys(nested) {
		var parts []string
		for _, d := range SortedKeys(nested[city]) {
			parts = append(parts, fmt.Sprintf("%s:%d", d, nested[city][d]))
		}
		fmt.Printf("%s -> %s\n", city, strings.Join(parts, ", "))
	}
}
