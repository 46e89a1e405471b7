package main

import (
	"fmt"
	"slices"
)

type Graph struct {
	adj [][]int
}

func (g *Graph) AddEdge(u, v int) { g.adj[u] = append(g.adj[u], v) }

type tarjan struct {
	g       *Graph
	index   []int
	low     []int
	onStack []bool
	stack   []int
	counter int
	sccs    [][]int
}

func (t *tarjan) visit(v int) {
	t.index[v] = t.counter
	t.low[v] = t.counter
	t.counter++
	t.stack = append(t.stack, v)
	t.onStack[v] = true
	for _, w := range t.g.adj[v] {
		if t.index[w] < 0 {
			t.visit(w)
			t.low[v] = min(t.low[v], t.low[w])
		} else if t.onStack[w] {
			t.low[v] = min(t.low[v], t.index[w])
		}
	}
	if t.low[v] == t.index[v] {
		var comp []int
		for {
			w := t.stack[len(t.stack)-1]
			t.stack = t.stack[:len(t.stack)-1]
			t.onStack[w] = false
			comp = append(comp, w)
			if w == v {
				break
			}
		}
		slices.Sort(comp)
		t.sccs = append(t.sccs, comp)
	}
}

func (g *Graph) SCC() [][]int {
	n := len(g.adj)
	t := &tarjan{g: g, index: make([]int, n), low: make([]int, n), onStack: make([]bool, n)}
	for i := range t.index {
		t.index[i] = -1
	}
	for v := range n {
		if t.index[v] < 0 {
			t.visit(v)
		}
	}
	return t.sccs
}

func main() {
	g := &Graph{adj: make([][]int, 8)}
	for _, e := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 5}, {5, 3}, {6, 5}, {6, 7}, {7, 6}} {
		g.AddEdge(e[0], e[1])
	}
	sccs := g.SCC()
	fmt.Println("reverse topological SCCs:", sccs)
	comp := make([]int, 8)
	for i, c := range sccs {
		for _, v := range c {
			comp[v] = i
		}
	}
	fmt.Println("component of each vertex:", comp)
	// condensation edges
	seen := map[[2]int]bool{}
	var cond [][2]int
	for u, vs := range g.adj {
		for _, v := range vs {
			e := [2]int{comp[u], comp[v]}
			if e[0] != e[1] && !seen[e] {
				seen[e] = true
				cond = append(cond, e)
			}
		}
	}
	slices.SortFunc(cond, func(a, b [2]int) int { return a[0]*100 + a[1] - b[0]*100 - b[1] })
	fmt.Println("condensation:", cond)
	single := &Graph{adj: make([][]int, 3)}
	fmt.Println("no edges:", single.SCC())
}
