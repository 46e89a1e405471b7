package main

import (
	"fmt"
	"slices"
)

type ugraph struct{ adj [][]int }

func newUGraph(n int, edges [][2]int) *ugraph {
	g := &ugraph{adj: make([][]int, n)}
	for _, e := range edges {
		g.adj[e[0]] = append(g.adj[e[0]], e[1])
		g.adj[e[1]] = append(g.adj[e[1]], e[0])
	}
	return g
}

// bipartite 2-colours the graph with BFS; on failure it returns the conflicting edge.
func (g *ugraph) bipartite() ([]int, [2]int, bool) {
	color := make([]int, len(g.adj))
	for i := range color {
		color[i] = -1
	}
	for s := range g.adj {
		if color[s] != -1 {
			continue
		}
		color[s] = 0
		queue := []int{s}
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			for _, v := range g.adj[u] {
				switch color[v] {
				case -1:
					color[v] = 1 - color[u]
					queue = append(queue, v)
				case color[u]:
					return nil, [2]int{u, v}, false
				}
			}
		}
	}
	return color, [2]int{}, true
}

// cutVertices finds articulation points and bridges with Tarjan's low-link values.
func (g *ugraph) cutVertices() ([]int, [][2]int) {
	n := len(g.adj)
	disc, low := make([]int, n), make([]int, n)
	isCut := make([]bool, n)
	var bridges [][2]int
	timer := 0
	var dfs func(u, parent int)
	dfs = func(u, parent int) {
		timer++
		disc[u], low[u] = timer, timer
		children := 0
		for _, v := range g.adj[u] {
			if v == parent {
				continue
			}
			if disc[v] != 0 {
				low[u] = min(low[u], disc[v])
				continue
			}
			children++
			dfs(v, u)
			low[u] = min(low[u], low[v])
			if parent != -1 && low[v] >= disc[u] {
				isCut[u] = true
			}
			if low[v] > disc[u] {
				bridges = append(bridges, [2]int{min(u, v), max(u, v)})
			}
		}
		if parent == -1 && children > 1 {
			isCut[u] = true
		}
	}
	for u := range n {
		if disc[u] == 0 {
			dfs(u, -1)
		}
	}
	var cuts []int
	for u, c := range isCut {
		if c {
			cuts = append(cuts, u)
		}
	}
	slices.SortFunc(bridges, func(a, b [2]int) int { return (a[0]-b[0])*100 + (a[1] - b[1]) })
	return cuts, bridges
}

func main() {
	square := newUGraph(6, [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 0}, {3, 4}, {4, 5}})
	triangle := newUGraph(5, [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}})
	for _, tc := range []struct {
		name string
		g    *ugraph
	}{{"square+tail", square}, {"triangle+tail", triangle}} {
		color, conflict, ok := tc.g.bipartite()
		if ok {
			fmt.Printf("%s: bipartite, colours %v\n", tc.name, color)
		} else {
			fmt.Printf("%s: not bipartite, conflict on edge %v\n", tc.name, conflict)
		}
		cuts, bridges := tc.g.cutVertices()
		fmt.Printf("  articulation points %v bridges %v\n", cuts, bridges)
	}

	big := newUGraph(9, [][2]int{
		{0, 1}, {1, 2}, {2, 0}, {1, 3}, {3, 4}, {4, 5}, {5, 3}, {4, 6}, {6, 7}, {7, 8}, {8, 6},
	})
	cuts, bridges := big.cutVertices()
	fmt.Println("three triangles chained: cuts", cuts, "bridges", bridges)
	_, conflict, ok := big.bipartite()
	fmt.Println("bipartite:", ok, "conflict:", conflict)
}
