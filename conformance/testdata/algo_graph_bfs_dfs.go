package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) neighbors(v string) []string {
	ns := slices.Clone(g[v])
	slices.Sort(ns)
	return ns
}

func (g Graph) BFS(start string) (order []string, dist map[string]int) {
	dist = map[string]int{start: 0}
	queue := []string{start}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		order = append(order, v)
		for _, n := range g.neighbors(v) {
			if _, seen := dist[n]; !seen {
				dist[n] = dist[v] + 1
				queue = append(queue, n)
			}
		}
	}
	return
}

func (g Graph) DFS(start string) []string {
	visited := make(map[string]bool)
	var order []string
	var visit func(string)
	visit = func(v string) {
		visited[v] = true
		order = append(order, v)
		for _, n := range g.neighbors(v) {
			if !visited[n] {
				visit(n)
			}
		}
	}
	visit(start)
	return order
}

func (g Graph) Components() [][]string {
	keys := make([]string, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	seen := map[string]bool{}
	var comps [][]string
	for _, k := range keys {
		if seen[k] {
			continue
		}
		comp := g.DFS(k)
		for _, v := range comp {
			seen[v] = true
		}
		slices.Sort(comp)
		comps = append(comps, comp)
	}
	return comps
}

func main() {
	g := Graph{}
	edges := "A-B A-C B-D C-D D-E F-G"
	for _, e := range strings.Fields(edges) {
		a, b, _ := strings.Cut(e, "-")
		g.AddEdge(a, b)
	}
	g["H"] = nil

	order, dist := g.BFS("A")
	fmt.Println("BFS:", strings.Join(order, " "))
	for _, n := range slices.Sorted(maps.Keys(dist)) {
		fmt.Printf("  dist[%s]=%d\n", n, dist[n])
	}
	fmt.Println("DFS:", g.DFS("A"))
	fmt.Println("DFS from F:", g.DFS("F"))
	fmt.Println("components:", g.Components())
	fmt.Println("count:", len(g.Components()))
}
