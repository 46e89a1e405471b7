// Homework 2, problem 19: level-synchronous parallel BFS.
// The frontier of level d is split among workers. A vertex is claimed with
// an atomic compare-and-swap on its distance, so exactly one worker adds it
// to the next frontier. Distances are the same no matter who claims a
// vertex, because all of level d finishes before level d+1 starts.
package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

// Graph is an adjacency-list directed graph.
type Graph struct {
	Adj [][]int
}

func buildGraph(n int) Graph {
	g := Graph{Adj: make([][]int, n)}
	for v := 0; v < n; v++ {
		if v%17 == 16 {
			continue // some vertices have no out-edges
		}
		g.Adj[v] = append(g.Adj[v], (v*3+1)%n, (v*7+2)%n)
		if v+5 < n {
			g.Adj[v] = append(g.Adj[v], v+5)
		}
	}
	return g
}

// LevelInfo summarises one BFS level.
type LevelInfo struct {
	Depth int
	Size  int
	First []int
}

func parallelBFS(g Graph, src, workers int) ([]int32, []LevelInfo) {
	dist := make([]atomic.Int32, len(g.Adj))
	for i := range dist {
		dist[i].Store(-1)
	}
	dist[src].Store(0)
	frontier := []int{src}
	var levels []LevelInfo
	for depth := int32(0); len(frontier) > 0; depth++ {
		levels = append(levels, LevelInfo{Depth: int(depth), Size: len(frontier),
			First: slices.Clone(frontier[:min(5, len(frontier))])})
		local := make([][]int, workers) // per-worker next frontier
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Go(func() {
				for i := w; i < len(frontier); i += workers {
					for _, u := range g.Adj[frontier[i]] {
						if dist[u].CompareAndSwap(-1, depth+1) {
							local[w] = append(local[w], u)
						}
					}
				}
			})
		}
		wg.Wait()
		frontier = slices.Concat(local...)
		slices.Sort(frontier) // deterministic order for the next level
	}
	out := make([]int32, len(dist))
	for i := range dist {
		out[i] = dist[i].Load()
	}
	return out, levels
}

func main() {
	const n = 150
	g := buildGraph(n)
	dist, levels := parallelBFS(g, 0, 4)
	fmt.Println("Level-synchronous BFS from vertex 0, n =", n)
	for _, l := range levels {
		fmt.Printf("level %d: %3d vertices, first %v\n", l.Depth, l.Size, l.First)
	}
	unreached := 0
	for _, d := range dist {
		if d < 0 {
			unreached++
		}
	}
	for _, v := range []int{1, 10, 50, 99, 149} {
		fmt.Printf("dist[%d] = %d\n", v, dist[v])
	}
	fmt.Println("unreachable vertices:", unreached)
}
