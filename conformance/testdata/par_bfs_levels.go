// Level-synchronous parallel BFS: each frontier is split among goroutines,
// which claim unvisited vertices with CompareAndSwap.
package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

type Graph struct {
	adj [][]int
}

func NewGraph(n int) *Graph { return &Graph{adj: make([][]int, n)} }

func (g *Graph) AddEdge(u, v int) {
	g.adj[u] = append(g.adj[u], v)
	g.adj[v] = append(g.adj[v], u)
}

func (g *Graph) Len() int { return len(g.adj) }

const unvisited = -1

// ParallelBFS returns the distance of every vertex from src (-1 if unreachable)
// and the frontiers in order.
func ParallelBFS(g *Graph, src, workers int) ([]int32, [][]int) {
	dist := make([]atomic.Int32, g.Len())
	for i := range dist {
		dist[i].Store(unvisited)
	}
	dist[src].Store(0)
	frontier := []int{src}
	var levels [][]int
	for level := int32(1); len(frontier) > 0; level++ {
		levels = append(levels, frontier)
		next := make([][]int, workers)
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := w; i < len(frontier); i += workers {
					for _, v := range g.adj[frontier[i]] {
						if dist[v].CompareAndSwap(unvisited, level) {
							next[w] = append(next[w], v)
						}
					}
				}
			}()
		}
		wg.Wait()
		frontier = slices.Concat(next...)
		slices.Sort(frontier) // which worker claimed a vertex varies; the set does not
	}
	out := make([]int32, len(dist))
	for i := range dist {
		out[i] = dist[i].Load()
	}
	return out, levels
}

func main() {
	// A 6x6 grid graph plus one isolated vertex (36).
	const side = 6
	g := NewGraph(side*side + 1)
	for r := range side {
		for c := range side {
			id := r*side + c
			if c+1 < side {
				g.AddEdge(id, id+1)
			}
			if r+1 < side {
				g.AddEdge(id, id+side)
			}
		}
	}
	dist, levels := ParallelBFS(g, 0, 4)
	for i, lv := range levels {
		fmt.Printf("level %2d: %v\n", i, lv)
	}
	for r := range side {
		fmt.Println(dist[r*side : (r+1)*side])
	}
	fmt.Println("isolated vertex distance:", dist[side*side])
}
