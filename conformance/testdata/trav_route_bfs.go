package main

import (
	"fmt"
	"slices"
	"strings"
)

type Graph map[string][]string

func (g Graph) AddRoute(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

// ShortestHops finds a path with the fewest connections using BFS.
// Neighbours are visited in alphabetical order so the result is stable.
func (g Graph) ShortestHops(from, to string) []string {
	if from == to {
		return []string{from}
	}
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		next := slices.Clone(g[cur])
		slices.Sort(next)
		for _, n := range next {
			if _, seen := prev[n]; seen {
				continue
			}
			prev[n] = cur
			if n == to {
				path := []string{to}
				for p := cur; p != ""; p = prev[p] {
					path = append(path, p)
				}
				slices.Reverse(path)
				return path
			}
			queue = append(queue, n)
		}
	}
	return nil
}

func (g Graph) Reachable(from string) []string {
	seen := map[string]bool{from: true}
	var visit func(string)
	visit = func(c string) {
		for _, n := range g[c] {
			if !seen[n] {
				seen[n] = true
				visit(n)
			}
		}
	}
	visit(from)
	out := make([]string, 0, len(seen))
	for c := range seen {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}

func main() {
	g := Graph{}
	routes := []string{
		"Paris-Brussels", "Brussels-Amsterdam", "Amsterdam-Berlin",
		"Paris-Lyon", "Lyon-Milan", "Milan-Zurich", "Zurich-Munich",
		"Munich-Berlin", "Munich-Vienna", "Vienna-Prague", "Prague-Berlin",
		"Reykjavik-Nuuk",
	}
	for _, r := range routes {
		a, b, ok := strings.Cut(r, "-")
		if !ok {
			continue
		}
		g.AddRoute(a, b)
	}

	trips := [][2]string{
		{"Paris", "Vienna"},
		{"Amsterdam", "Milan"},
		{"Lyon", "Prague"},
		{"Berlin", "Berlin"},
		{"Paris", "Nuuk"},
	}
	for _, t := range trips {
		path := g.ShortestHops(t[0], t[1])
		if path == nil {
			fmt.Printf("%-9s -> %-7s no route\n", t[0], t[1])
			continue
		}
		fmt.Printf("%-9s -> %-7s %d hop(s): %s\n", t[0], t[1], len(path)-1, strings.Join(path, " > "))
	}

	fmt.Println("reachable from Paris:", len(g.Reachable("Paris")))
	fmt.Println("reachable from Nuuk:", g.Reachable("Nuuk"))
}
