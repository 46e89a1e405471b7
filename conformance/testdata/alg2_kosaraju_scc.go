package main

import (
	"fmt"
	"slices"
)

type digraph struct {
	adj, radj [][]int
}

func newDigraph(n int) *digraph {
	return &digraph{adj: make([][]int, n), radj: make([][]int, n)}
}

func (g *digraph) addEdge(u, v int) {
	g.adj[u] = append(g.adj[u], v)
	g.radj[v] = append(g.radj[v], u)
}

// kosaraju returns the component id of each vertex and the number of components.
func (g *digraph) kosaraju() ([]int, int) {
	n := len(g.adj)
	seen := make([]bool, n)
	var order []int
	var dfs1 func(u int)
	dfs1 = func(u int) {
		seen[u] = true
		for _, v := range g.adj[u] {
			if !seen[v] {
				dfs1(v)
			}
		}
		order = append(order, u)
	}
	for u := range n {
		if !seen[u] {
			dfs1(u)
		}
	}
	comp := make([]int, n)
	for i := range comp {
		comp[i] = -1
	}
	var dfs2 func(u, c int)
	dfs2 = func(u, c int) {
		comp[u] = c
		for _, v := range g.radj[u] {
			if comp[v] == -1 {
				dfs2(v, c)
			}
		}
	}
	count := 0
	for i := n - 1; i >= 0; i-- {
		if u := order[i]; comp[u] == -1 {
			dfs2(u, count)
			count++
		}
	}
	return comp, count
}

func main() {
	labels := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}
	g := newDigraph(len(labels))
	for _, e := range [][2]int{
		{0, 1}, {1, 2}, {2, 0}, {1, 3}, {3, 4}, {4, 5}, {5, 3},
		{6, 5}, {6, 7}, {7, 8}, {8, 6}, {8, 9},
	} {
		g.addEdge(e[0], e[1])
	}

	comp, count := g.kosaraju()
	fmt.Println("strongly connected components:", count)
	members := make([][]string, count)
	for v, c := range comp {
		members[c] = append(members[c], labels[v])
	}
	for c, m := range members {
		fmt.Printf("  component %d (topological position): %v\n", c, m)
	}

	dagEdges := map[[2]int]bool{}
	for u := range g.adj {
		for _, v := range g.adj[u] {
			if comp[u] != comp[v] {
				dagEdges[[2]int{comp[u], comp[v]}] = true
			}
		}
	}
	keys := make([][2]int, 0, len(dagEdges))
	for k := range dagEdges {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	fmt.Println("condensation edges:")
	for _, k := range keys {
		fmt.Printf("  %d -> %d  (forward in order: %v)\n", k[0], k[1], k[0] < k[1])
	}
	fmt.Println("same component a,c:", comp[0] == comp[2], " a,d:", comp[0] == comp[3])
}
