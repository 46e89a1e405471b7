package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

// Graph is a directed graph over any comparable node type.
type Graph[N comparable] struct {
	adj   map[N][]N
	order []N // insertion order for deterministic traversal
}

func NewGraph[N comparable]() *Graph[N] {
	return &Graph[N]{adj: make(map[N][]N)}
}

func (g *Graph[N]) addNode(n N) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.order = append(g.order, n)
	}
}

func (g *Graph[N]) AddEdge(from, to N) {
	g.addNode(from)
	g.addNode(to)
	g.adj[from] = append(g.adj[from], to)
}

func (g *Graph[N]) BFS(start N) []N {
	seen := map[N]bool{start: true}
	queue := []N{start}
	var out []N
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		out = append(out, n)
		for _, m := range g.adj[n] {
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	return out
}

func (g *Graph[N]) ShortestPath(from, to N) ([]N, bool) {
	prev := map[N]N{}
	seen := map[N]bool{from: true}
	queue := []N{from}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if n == to {
			path := []N{to}
			for path[len(path)-1] != from {
				path = append(path, prev[path[len(path)-1]])
			}
			slices.Reverse(path)
			return path, true
		}
		for _, m := range g.adj[n] {
			if !seen[m] {
				seen[m] = true
				prev[m] = n
				queue = append(queue, m)
			}
		}
	}
	return nil, false
}

var ErrCycle = errors.New("graph has a cycle")

// TopoSort uses Kahn's algorithm; ties are broken by insertion order.
func (g *Graph[N]) TopoSort() ([]N, error) {
	indeg := make(map[N]int, len(g.order))
	for _, n := range g.order {
		for _, m := range g.adj[n] {
			indeg[m]++
		}
	}
	var ready, out []N
	for _, n := range g.order {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		out = append(out, n)
		for _, m := range g.adj[n] {
			indeg[m]--
			if indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	if len(out) != len(g.order) {
		return out, fmt.Errorf("topo sort of %d nodes: %w", len(g.order), ErrCycle)
	}
	return out, nil
}

type Point struct{ X, Y int }

func main() {
	deps := NewGraph[string]()
	deps.AddEdge("fmt", "app")
	deps.AddEdge("strings", "fmt")
	deps.AddEdge("unicode", "strings")
	deps.AddEdge("io", "fmt")
	deps.AddEdge("errors", "io")
	order, err := deps.TopoSort()
	fmt.Println("build order:", order, "err:", err)
	fmt.Println("bfs from unicode:", deps.BFS("unicode"))

	deps.AddEdge("app", "unicode")
	_, err = deps.TopoSort()
	fmt.Println("with cycle:", err, errors.Is(err, ErrCycle))

	grid := NewGraph[Point]()
	for x := range 3 {
		for y := range 3 {
			if x < 2 && !(x == 0 && y == 1) {
				grid.AddEdge(Point{x, y}, Point{x + 1, y})
			}
			if y < 2 {
				grid.AddEdge(Point{x, y}, Point{x, y + 1})
			}
		}
	}
	path, ok := grid.ShortestPath(Point{0, 0}, Point{2, 2})
	fmt.Printf("path ok=%v len=%d: %v\n", ok, len(path), path)
	_, ok = grid.ShortestPath(Point{2, 2}, Point{0, 0})
	fmt.Println("reverse reachable:", ok)

	reach := grid.BFS(Point{1, 1})
	slices.SortFunc(reach, func(a, b Point) int {
		return cmp.Or(cmp.Compare(a.X, b.X), cmp.Compare(a.Y, b.Y))
	})
	fmt.Printf("reachable from {1 1}: %+v\n", reach)
	fmt.Printf("%T\n", grid)
}
