// Level-synchronous BFS: all nodes of the current frontier are expanded
// in parallel, and the next frontier is built under a mutex. Each level
// is sorted before printing so the output does not depend on timing.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type Graph struct {
	adj map[int][]int
}

func NewGraph() *Graph { return &Graph{adj: make(map[int][]int)} }

func (g *Graph) AddEdge(a, b int) {
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph) BFS(start int) ([][]int, map[int]int) {
	dist := map[int]int{start: 0}
	var mu sync.Mutex
	frontier := []int{start}
	var levels [][]int

	for level := 0; len(frontier) > 0; level++ {
		slices.Sort(frontier)
		levels = append(levels, frontier)

		var next []int
		var wg sync.WaitGroup
		for _, u := range frontier {
			wg.Go(func() {
				for _, v := range g.adj[u] { // adj is read-only here
					mu.Lock()
					if _, seen := dist[v]; !seen {
						dist[v] = level + 1
						next = append(next, v)
					}
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		frontier = next
	}
	return levels, dist
}

func main() {
	g := NewGraph()
	// a 5x5 grid numbered row*5+col
	const n = 5
	for r := 0; r < n; r++ {
		for c := 0; c < n; c++ {
			id := r*n + c
			if c+1 < n {
				g.AddEdge(id, id+1)
			}
			if r+1 < n {
				g.AddEdge(id, id+n)
			}
		}
	}
	// a couple of shortcuts and a separate component
	g.AddEdge(0, 12)
	g.AddEdge(12, 24)
	g.AddEdge(100, 101)
	g.AddEdge(101, 102)

	levels, dist := g.BFS(0)
	for i, lv := range levels {
		fmt.Printf("level %d: %v\n", i, lv)
	}
	fmt.Println("reached:", len(dist))
	fmt.Println("distance to 24:", dist[24])
	fmt.Println("distance to 4:", dist[4])
	_, ok := dist[100]
	fmt.Println("100 reachable from 0:", ok)

	fmt.Println("grid by distance:")
	for r := 0; r < n; r++ {
		row := ""
		for c := 0; c < n; c++ {
			row += fmt.Sprintf("%2d ", dist[r*n+c])
		}
		fmt.Println(row)
	}

	levels, _ = g.BFS(102)
	fmt.Println("from 102:", levels)
}
