package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

type Stats struct {
	Count int
	Total int
}

func (s Stats) Average() float64 {
	if s.Count == 0 {
		return 0
	}
	return float64(s.Total) / float64(s.Count)
}

func main() {
	staff := []Employee{
		{"Alice", "eng", 120},
		{"Bob", "eng", 100},
		{"Carol", "sales", 90},
		{"Dan", "ops", 80},
		{"Eve", "sales", 95},
		{"Frank", "eng", 110},
	}

	byName := make(map[string]Employee)
	for _, e := range staff {
		byName[e.Name] = e
	}
	// Fields of struct values in a map are not addressable: copy, modify, store.
	bob := byName["Bob"]
	bob.Salary += 15
	byName["Bob"] = bob
	fmt.Printf("%+v\n", byName["Bob"])

	missing, ok := byName["Zed"]
	fmt.Printf("missing: %+v ok=%t\n", missing, ok)

	stats := map[string]*Stats{}
	for _, e := range byName {
		s, ok := stats[e.Dept]
		if !ok {
			s = &Stats{}
			stats[e.Dept] = s
		}
		s.Count++
		s.Total += e.Salary
	}
	for _, dept := range slices.Sorted(maps.Keys(stats)) {
		s := stats[dept]
		fmt.Printf("%-6s count=%d total=%d avg=%.2f\n", dept, s.Count, s.Total, s.Average())
	}

	groups := map[string][]Employee{}
	for _, e := range staff {
		groups[e.Dept] = append(groups[e.Dept], e)
	}
	depts := make([]string, 0, len(groups))
	for d := range groups {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		names := []string{}
		for _, e := range groups[d] {
			names = append(names, e.Name)
		}
		fmt.Println(d, names)
	}

	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(nested)

	for name, e := range byName {
		if e.Salary < 95 {
			delete(byName, name)
		}
	}
	fmt.Println("after delete:", slices.Sorted(maps.Keys(byName)))

	top := slices.SortedFunc(maps.Values(byName), func(a, b Employee) int {
		return b.Salary - a.Salary
	})
	for i, e := range top {
		fmt.Printf("%d. %s %d\n", i+1, e.Name, e.Salary)
	}

	copyMap := maps.Clone(byName)
	delete(copyMap, "Alice")
	fmt.Println(len(byName), len(copyMap), maps.Equal(byName, copyMap))

	clear(byName)
	fmt.Println("cleared:", len(byName), byName)

	var nilMap map[string]Employee
	fmt.Println("nil map read:", nilMap["x"].Name == "", len(nilMap))
}
