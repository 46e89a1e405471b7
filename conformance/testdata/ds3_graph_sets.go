package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Set[T cmp.Ordered] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Remove(v T)        { delete(s, v) }
func (s Set[T]) Contains(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }
func (s Set[T]) Sorted() []T       { return slices.Sorted(maps.Keys(s)) }
func (s Set[T]) String() string    { return fmt.Sprint(s.Sorted()) }

type Graph[T cmp.Ordered] struct {
	adj map[T]Set[T]
}

func NewGraph[T cmp.Ordered]() *Graph[T] { return &Graph[T]{adj: map[T]Set[T]{}} }

func (g *Graph[T]) AddNode(n T) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = Set[T]{}
	}
}

func (g *Graph[T]) AddEdge(a, b T) {
	g.AddNode(a)
	g.AddNode(b)
	g.adj[a].Add(b)
	g.adj[b].Add(a)
}

func (g *Graph[T]) RemoveEdge(a, b T) {
	if s, ok := g.adj[a]; ok {
		s.Remove(b)
	}
	if s, ok := g.adj[b]; ok {
		s.Remove(a)
	}
}

func (g *Graph[T]) Len() int { return len(g.adj) }

func (g *Graph[T]) Neighbors(n T) Set[T] { return g.adj[n] }

func (g *Graph[T]) Nodes() []T { return slices.Sorted(maps.Keys(g.adj)) }

func (g *Graph[T]) BFS(start T) iter.Seq2[T, int] {
	return func(yield func(T, int) bool) {
		seen := Set[T]{}
		seen.Add(start)
		frontier := []T{start}
		for depth := 0; len(frontier) > 0; depth++ {
			var next []T
			for _, n := range frontier {
				if !yield(n, depth) {
					return
				}
				for _, m := range g.adj[n].Sorted() {
					if !seen.Contains(m) {
						seen.Add(m)
						next = append(next, m)
					}
				}
			}
			frontier = next
		}
	}
}

func (g *Graph[T]) Components() [][]T {
	seen := Set[T]{}
	var comps [][]T
	for _, n := range g.Nodes() {
		if seen.Contains(n) {
			continue
		}
		var comp []T
		for m := range g.BFS(n) {
			seen.Add(m)
			comp = append(comp, m)
		}
		slices.Sort(comp)
		comps = append(comps, comp)
	}
	return comps
}

func main() {
	g := NewGraph[string]()
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"x", "y"}}
	for _, e := range edges {
		g.AddEdge(e[0], e[1])
	}
	g.AddNode("lonely")
	fmt.Println("nodes:", g.Nodes(), "count", g.Len())
	for _, n := range g.Nodes() {
		fmt.Printf("  %s -> %v (%d)\n", n, g.Neighbors(n), g.Neighbors(n).Len())
	}
	for n, d := range g.BFS("a") {
		fmt.Printf("bfs %s depth %d\n", n, d)
	}
	fmt.Println("components:", g.Components())
	g.RemoveEdge("d", "e")
	fmt.Println("after cutting d-e:", g.Components())
	fmt.Println("a-b adjacent:", g.Neighbors("a").Contains("b"), "a-e adjacent:", g.Neighbors("a").Contains("e"))
}
