package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
)

// Graph is a directed graph whose node identifiers can be any ordered type.
type Graph[ID cmp.Ordered] struct {
	adj map[ID][]ID
}

func NewGraph[ID cmp.Ordered]() *Graph[ID] { return &Graph[ID]{adj: make(map[ID][]ID)} }

func (g *Graph[ID]) AddEdge(from, to ID) {
	if _, ok := g.adj[to]; !ok {
		g.adj[to] = nil
	}
	if !slices.Contains(g.adj[from], to) {
		g.adj[from] = append(g.adj[from], to)
		slices.Sort(g.adj[from])
	}
}

func (g *Graph[ID]) Nodes() []ID { return slices.Sorted(maps.Keys(g.adj)) }

// BFS returns nodes in breadth-first order and their distance from start.
func (g *Graph[ID]) BFS(start ID) ([]ID, map[ID]int) {
	dist := map[ID]int{start: 0}
	order := []ID{start}
	for i := 0; i < len(order); i++ {
		cur := order[i]
		for _, nb := range g.adj[cur] {
			if _, seen := dist[nb]; !seen {
				dist[nb] = dist[cur] + 1
				order = append(order, nb)
			}
		}
	}
	return order, dist
}

var ErrCycle = errors.New("graph has a cycle")

// TopoSort uses Kahn's algorithm with a sorted frontier for determinism.
func (g *Graph[ID]) TopoSort() ([]ID, error) {
	indeg := make(map[ID]int, len(g.adj))
	for n, outs := range g.adj {
		indeg[n] += 0
		for _, o := range outs {
			indeg[o]++
		}
	}
	var ready []ID
	for _, n := range g.Nodes() {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	var out []ID
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		out = append(out, n)
		for _, o := range g.adj[n] {
			if indeg[o]--; indeg[o] == 0 {
				i, _ := slices.BinarySearch(ready, o)
				ready = slices.Insert(ready, i, o)
			}
		}
	}
	if len(out) != len(g.adj) {
		return out, fmt.Errorf("toposort after %d of %d nodes: %w", len(out), len(g.adj), ErrCycle)
	}
	return out, nil
}

type Package string

func main() {
	deps := NewGraph[Package]()
	deps.AddEdge("app", "http")
	deps.AddEdge("app", "db")
	deps.AddEdge("http", "log")
	deps.AddEdge("db", "log")
	deps.AddEdge("db", "config")
	deps.AddEdge("log", "config")
	fmt.Printf("%T nodes=%v\n", deps, deps.Nodes())

	order, err := deps.TopoSort()
	fmt.Println("build order:", order, "err:", err)

	visit, dist := deps.BFS("app")
	for _, n := range visit {
		fmt.Printf("  %-6s depth %d\n", n, dist[n])
	}

	grid := NewGraph[int]()
	for i := 1; i < 6; i++ {
		grid.AddEdge(i, i+1)
		if i%2 == 1 {
			grid.AddEdge(i, i+2)
		}
	}
	visited, d := grid.BFS(1)
	fmt.Println("int graph bfs:", visited, "dist to 6:", d[6])

	grid.AddEdge(6, 3)
	partial, err := grid.TopoSort()
	fmt.Printf("partial=%v err=%q cycle=%t\n", partial, err, errors.Is(err, ErrCycle))
}
