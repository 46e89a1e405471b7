package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Graph struct {
	adj      map[string][]string
	directed bool
}

func NewGraph(directed bool) *Graph {
	return &Graph{adj: map[string][]string{}, directed: directed}
}

func (g *Graph) AddEdge(a, b string) {
	g.adj[a] = append(g.adj[a], b)
	if !g.directed {
		g.adj[b] = append(g.adj[b], a)
	} else if _, ok := g.adj[b]; !ok {
		g.adj[b] = nil
	}
}

func (g *Graph) neighbors(v string) []string {
	ns := slices.Clone(g.adj[v])
	slices.Sort(ns)
	return ns
}

func (g *Graph) BFS(start string) (order []string, dist map[string]int) {
	dist = map[string]int{start: 0}
	queue := []string{start}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		order = append(order, v)
		for _, w := range g.neighbors(v) {
			if _, seen := dist[w]; !seen {
				dist[w] = dist[v] + 1
				queue = append(queue, w)
			}
		}
	}
	return order, dist
}

func (g *Graph) DFS(start string) []string {
	var order []string
	seen := map[string]bool{}
	var visit func(string)
	visit = func(v string) {
		seen[v] = true
		order = append(order, v)
		for _, w := range g.neighbors(v) {
			if !seen[w] {
				visit(w)
			}
		}
	}
	visit(start)
	return order
}

func (g *Graph) ShortestPath(from, to string) ([]string, bool) {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		if v == to {
			var path []string
			for at := to; at != ""; at = prev[at] {
				path = append(path, at)
			}
			slices.Reverse(path)
			return path, true
		}
		for _, w := range g.neighbors(v) {
			if _, ok := prev[w]; !ok {
				prev[w] = v
				queue = append(queue, w)
			}
		}
	}
	return nil, false
}

func (g *Graph) Components() [][]string {
	seen := map[string]bool{}
	var comps [][]string
	for _, k := range slices.Sorted(maps.Keys(g.adj)) {
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
	g := NewGraph(false)
	for _, e := range strings.Fields("A-B A-C B-D C-D D-E E-F G-H H-I") {
		a, b, _ := strings.Cut(e, "-")
		g.AddEdge(a, b)
	}
	order, dist := g.BFS("A")
	fmt.Println("BFS from A:", strings.Join(order, " "))
	for _, v := range order {
		fmt.Printf("  dist(A,%s) = %d\n", v, dist[v])
	}
	fmt.Println("DFS from A:", strings.Join(g.DFS("A"), " "))
	for _, pair := range [][2]string{{"A", "F"}, {"C", "B"}, {"A", "I"}} {
		if p, ok := g.ShortestPath(pair[0], pair[1]); ok {
			fmt.Printf("path %s->%s: %s (%d hops)\n", pair[0], pair[1], strings.Join(p, "->"), len(p)-1)
		} else {
			fmt.Printf("path %s->%s: unreachable\n", pair[0], pair[1])
		}
	}
	for i, c := range g.Components() {
		fmt.Printf("component %d: %v\n", i+1, c)
	}
}
