package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

// Graph is a directed graph whose nodes can be sorted, which keeps every
// traversal deterministic.
type Graph[N cmp.Ordered] struct {
	adj map[N][]N
}

func NewGraph[N cmp.Ordered](edges ...[2]N) *Graph[N] {
	g := &Graph[N]{adj: map[N][]N{}}
	for _, e := range edges {
		g.AddEdge(e[0], e[1])
	}
	return g
}

func (g *Graph[N]) AddEdge(from, to N) {
	g.adj[from] = append(g.adj[from], to)
	if _, ok := g.adj[to]; !ok {
		g.adj[to] = nil
	}
	slices.Sort(g.adj[from])
}

func (g *Graph[N]) Nodes() []N { return slices.Sorted(maps.Keys(g.adj)) }

// Reach lists nodes reachable from start in depth-first pre-order.
func (g *Graph[N]) Reach(start N) []N {
	seen := map[N]bool{}
	var order []N
	var dfs func(n N)
	dfs = func(n N) {
		if seen[n] {
			return
		}
		seen[n] = true
		order = append(order, n)
		for _, m := range g.adj[n] {
			dfs(m)
		}
	}
	dfs(start)
	return order
}

type CycleError[N any] struct{ Path []N }

func (e CycleError[N]) Error() string { return fmt.Sprintf("cycle through %v", e.Path) }

// TopoSort returns nodes so that every edge points forward, or a CycleError.
func (g *Graph[N]) TopoSort() ([]N, error) {
	const (
		white = iota
		grey
		black
	)
	color := map[N]int{}
	var out, stack []N
	var visit func(n N) error
	visit = func(n N) error {
		switch color[n] {
		case grey:
			i := slices.Index(stack, n)
			return CycleError[N]{append(slices.Clone(stack[i:]), n)}
		case black:
			return nil
		}
		color[n] = grey
		stack = append(stack, n)
		for _, m := range g.adj[n] {
			if err := visit(m); err != nil {
				return err
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		out = append(out, n)
		return nil
	}
	for _, n := range g.Nodes() {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	slices.Reverse(out)
	return out, nil
}

// Paths enumerates every simple path from a to b by backtracking.
func (g *Graph[N]) Paths(a, b N) [][]N {
	var res [][]N
	path := []N{a}
	on := map[N]bool{a: true}
	var step func(n N)
	step = func(n N) {
		if n == b {
			res = append(res, slices.Clone(path))
			return
		}
		for _, m := range g.adj[n] {
			if !on[m] {
				on[m] = true
				path = append(path, m)
				step(m)
				path = path[:len(path)-1]
				on[m] = false
			}
		}
	}
	step(a)
	return res
}

func main() {
	courses := NewGraph([][2]string{
		{"algebra", "calculus"}, {"calculus", "physics"}, {"programming", "algorithms"},
		{"algebra", "algorithms"}, {"algorithms", "compilers"}, {"physics", "robotics"},
		{"programming", "robotics"},
	}...)
	fmt.Println("nodes:", courses.Nodes())
	order, err := courses.TopoSort()
	fmt.Println("study order:", order, err)
	fmt.Println("after algebra:", courses.Reach("algebra"))

	nums := NewGraph([][2]int{{1, 2}, {1, 3}, {2, 4}, {3, 4}, {2, 3}, {4, 5}, {3, 5}}...)
	for i, p := range nums.Paths(1, 5) {
		fmt.Printf("path %d: %v\n", i+1, p)
	}
	nums.AddEdge(5, 2)
	_, err = nums.TopoSort()
	fmt.Printf("after adding 5->2: %v (%T)\n", err, err)
	fmt.Println("reach from 3:", nums.Reach(3))
}
