package main

import (
	"fmt"
	"slices"
)

type Graph map[string]map[string]int

func (g Graph) AddEdge(from, to string, w int) {
	inner, ok := g[from]
	if !ok {
		inner = make(map[string]int)
		g[from] = inner
	}
	inner[to] = w
}

func main() {
	// literal initialisation of a map of maps
	grades := map[string]map[string]int{
		"alice": {"math": 90, "art": 75},
		"bob":   {"math": 60},
	}
	fmt.Println(grades)

	// reading a missing outer key yields a nil inner map; reads are safe
	fmt.Println("carol math:", grades["carol"]["math"], "nil inner:", grades["carol"] == nil)

	// writes require the inner map to exist
	if grades["carol"] == nil {
		grades["carol"] = map[string]int{}
	}
	grades["carol"]["math"] = 82
	grades["bob"]["art"] = 88
	fmt.Println(grades)

	// helper that lazily creates inner maps
	g := Graph{}
	g.AddEdge("a", "b", 1)
	g.AddEdge("a", "c", 4)
	g.AddEdge("b", "c", 2)
	g.AddEdge("c", "a", 7)
	fmt.Println("graph:", g)
	fmt.Println("out-degree a:", len(g["a"]), "d:", len(g["d"]))

	// iterate in sorted order
	froms := make([]string, 0, len(g))
	for k := range g {
		froms = append(froms, k)
	}
	slices.Sort(froms)
	total := 0
	for _, f := range froms {
		tos := make([]string, 0, len(g[f]))
		for t := range g[f] {
			tos = append(tos, t)
		}
		slices.Sort(tos)
		for _, t := range tos {
			fmt.Printf("%s -> %s (%d)\n", f, t, g[f][t])
			total += g[f][t]
		}
	}
	fmt.Println("total weight:", total)

	// inner maps are references: an alias sees updates
	alias := g["a"]
	alias["z"] = 9
	fmt.Println("g[a] after alias write:", g["a"])

	// delete from inner, then remove empty inner map
	delete(g["c"], "a")
	if len(g["c"]) == 0 {
		delete(g, "c")
	}
	fmt.Println("after delete:", g, "len:", len(g))

	// map with slice values
	groups := map[bool][]int{}
	for i := range 7 {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	fmt.Println("groups:", groups)
}
