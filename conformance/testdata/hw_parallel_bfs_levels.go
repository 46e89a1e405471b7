package main

import (
	"fmt"
	"slices"
	"sync"
)

type Graph map[int][]int

func (g Graph) AddEdge(a, b int) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

// ParallelBFS expands each frontier with one goroutine per frontier vertex.
func ParallelBFS(g Graph, start int) [][]int {
	var mu sync.Mutex
	dist := map[int]int{start: 0}
	frontier := []int{start}
	var levels [][]int
	for len(frontier) > 0 {
		levels = append(levels, frontier)
		depth := len(levels)
		var next []int
		var wg sync.WaitGroup
		for _, v := range frontier {
			wg.Go(func() {
				for _, n := range g[v] {
					mu.Lock()
					if _, seen := dist[n]; !seen {
						dist[n] = depth
						next = append(next, n)
					}
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		slices.Sort(next)
		frontier = next
	}
	return levels
}

func SequentialDepths(g Graph, start int) map[int]int {
	dist := map[int]int{start: 0}
	queue := []int{start}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for _, n := range g[v] {
			if _, ok := dist[n]; !ok {
				dist[n] = dist[v] + 1
				queue = append(queue, n)
			}
		}
	}
	return dist
}

func main() {
	g := Graph{}
	for i := range 30 {
		g.AddEdge(i, (i*3+1)%30)
		if i%4 == 0 {
			g.AddEdge(i, (i+11)%30)
		}
	}
	g.AddEdge(40, 41) // disconnected component
	levels := ParallelBFS(g, 0)
	visited := 0
	for d, lvl := range levels {
		fmt.Printf("level %d: %v\n", d, lvl)
		visited += len(lvl)
	}
	seq := SequentialDepths(g, 0)
	ok := len(seq) == visited
	for d, lvl := range levels {
		for _, v := range lvl {
			ok = ok && seq[v] == d
		}
	}
	fmt.Println("visited:", visited, "matches sequential BFS:", ok)
}
