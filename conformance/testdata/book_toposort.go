// Section 5.6 and Exercise 5.10-5.11: topological sort of course prerequisites.
package main

import (
	"fmt"
	"sort"
)

var prereqs = map[string][]string{
	"algorithms": {"data structures"},
	"calculus":   {"linear algebra"},
	"compilers": {
		"data structures",
		"formal languages",
		"computer organization",
	},
	"data structures":       {"discrete math"},
	"databases":             {"data structures"},
	"discrete math":         {"intro to programming"},
	"formal languages":      {"discrete math"},
	"networks":              {"operating systems"},
	"operating systems":     {"data structures", "computer organization"},
	"programming languages": {"data structures", "computer organization"},
}

// topoSort returns courses in an order that respects prerequisites,
// and an error describing the first cycle it finds.
func topoSort(m map[string][]string) (order []string, err error) {
	const (
		unvisited = iota
		visiting
		done
	)
	state := make(map[string]int)
	var visitAll func(items []string, path []string)
	visitAll = func(items []string, path []string) {
		for _, item := range items {
			if err != nil {
				return
			}
			switch state[item] {
			case visiting:
				err = fmt.Errorf("cycle: %v -> %s", path, item)
				return
			case unvisited:
				state[item] = visiting
				deps := append([]string(nil), m[item]...)
				sort.Strings(deps)
				visitAll(deps, append(path, item))
				state[item] = done
				order = append(order, item)
			}
		}
	}
	var keys []string
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	visitAll(keys, nil)
	return order, err
}

func main() {
	order, err := topoSort(prereqs)
	fmt.Println("error:", err)
	for i, course := range order {
		fmt.Printf("%2d:\t%s\n", i+1, course)
	}

	prereqs["linear algebra"] = []string{"calculus"}
	order, err = topoSort(prereqs)
	fmt.Println("with cycle:", len(order), "courses before error")
	fmt.Println("error:", err)
}
