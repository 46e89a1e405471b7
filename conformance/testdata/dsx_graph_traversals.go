package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sync"
)

var ErrCycle = errors.New("graph has a cycle")

// Graph is a directed graph stored as adjacency lists kept in sorted order
// so that every traversal is deterministic.
type Graph[V cmp.Ordered] struct {
	adj map[V][]V
}

func NewGraph[V cmp.Ordered]() *Graph[V] { return &Graph[V]{adj: map[V][]V{}} }

func (g *Graph[V]) AddEdge(from, to V) {
	if _, ok := g.adj[to]; !ok {
		g.adj[to] = nil
	}
	list := g.adj[from]
	if i, found := slices.BinarySearch(list, to); !found {
		g.adj[from] = slices.Insert(list, i, to)
	}
}

func (g *Graph[V]) Vertices() []V {
	vs := make([]V, 0, len(g.adj))
	for v := range g.adj {
		vs = append(vs, v)
	}
	slices.Sort(vs)
	return vs
}

func (g *Graph[V]) DFS(start V) []V {
	seen := map[V]bool{}
	var order []V
	var visit func(v V)
	visit = func(v V) {
		seen[v] = true
		order = append(order, v)
		for _, w := range g.adj[v] {
			if !seen[w] {
				visit(w)
			}
		}
	}
	visit(start)
	return order
}

// BFS returns the visiting order and the hop distance of every reached vertex.
func (g *Graph[V]) BFS(start V) ([]V, map[V]int) {
	dist := map[V]int{start: 0}
	queue := []V{start}
	var order []V
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		order = append(order, v)
		for _, w := range g.adj[v] {
			if _, ok := dist[w]; !ok {
				dist[w] = dist[v] + 1
				queue = append(queue, w)
			}
		}
	}
	return order, dist
}

// TopoSort uses Kahn's algorithm, always taking the smallest ready vertex.
func (g *Graph[V]) TopoSort() ([]V, error) {
	indeg := map[V]int{}
	for _, v := range g.Vertices() {
		for _, w := range g.adj[v] {
			indeg[w]++
		}
	}
	var ready, order []V
	for _, v := range g.Vertices() {
		if indeg[v] == 0 {
			ready = append(ready, v)
		}
	}
	for len(ready) > 0 {
		v := ready[0]
		ready = ready[1:]
		order = append(order, v)
		for _, w := range g.adj[v] {
			if indeg[w]--; indeg[w] == 0 {
				i, _ := slices.BinarySearch(ready, w)
				ready = slices.Insert(ready, i, w)
			}
		}
	}
	if len(order) != len(g.adj) {
		return order, fmt.Errorf("topological sort stopped after %d of %d vertices: %w", len(order), len(g.adj), ErrCycle)
	}
	return order, nil
}

func main() {
	g := NewGraph[string]()
	deps := [][2]string{{"shirt", "tie"}, {"tie", "jacket"}, {"pants", "shoes"}, {"pants", "belt"},
		{"belt", "jacket"}, {"shirt", "belt"}, {"socks", "shoes"}, {"undershorts", "pants"}, {"undershorts", "shoes"}}
	for _, d := range deps {
		g.AddEdge(d[0], d[1])
	}
	fmt.Println("vertices:", g.Vertices())
	fmt.Println("dfs from undershorts:", g.DFS("undershorts"))
	order, err := g.TopoSort()
	fmt.Println("topological order:", order, err)

	// Run BFS from several sources concurrently; each goroutine writes its own slot.
	sources := []string{"shirt", "undershorts", "socks", "pants"}
	results := make([]string, len(sources))
	var wg sync.WaitGroup
	for i, s := range sources {
		wg.Go(func() {
			ord, dist := g.BFS(s)
			results[i] = fmt.Sprintf("bfs %-11s reaches %d: %v far=%s@%d", s, len(ord), ord, ord[len(ord)-1], dist[ord[len(ord)-1]])
		})
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}

	g.AddEdge("jacket", "shirt")
	order, err = g.TopoSort()
	fmt.Println("with jacket->shirt:", order)
	fmt.Println("error:", err, errors.Is(err, ErrCycle))
}
