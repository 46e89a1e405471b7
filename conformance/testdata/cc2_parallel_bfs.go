package main

import (
	"fmt"
	"sort"
	"sync"
)

type Graph struct {
	adj [][]int
}

func buildGraph(n int) *Graph {
	g := &Graph{adj: make([][]int, n)}
	add := func(a, b int) {
		g.adj[a] = append(g.adj[a], b)
		g.adj[b] = append(g.adj[b], a)
	}
	for i := 0; i < n; i++ {
		add(i, (i*3+1)%n)
		if i%4 == 0 {
			add(i, (i*7+2)%n)
		}
	}
	return g
}

// visitedSet is shared by all workers of a level.
type visitedSet struct {
	mu   sync.Mutex
	seen map[int]bool
}

func (v *visitedSet) tryVisit(n int) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.seen[n] {
		return false
	}
	v.seen[n] = true
	return true
}

// parallelBFS expands each frontier with a fixed number of workers and
// returns the nodes at each distance from start.
func parallelBFS(g *Graph, start, workers int) [][]int {
	visited := &visitedSet{seen: map[int]bool{start: true}}
	frontier := []int{start}
	var levels [][]int
	for len(frontier) > 0 {
		sort.Ints(frontier)
		levels = append(levels, frontier)
		parts := make([][]int, workers)
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				for i := w; i < len(frontier); i += workers {
					for _, nb := range g.adj[frontier[i]] {
						if visited.tryVisit(nb) {
							parts[w] = append(parts[w], nb)
						}
					}
				}
			}(w)
		}
		wg.Wait()
		var next []int
		for _, p := range parts {
			next = append(next, p...)
		}
		frontier = next
	}
	return levels
}

func sequentialBFS(g *Graph, start int) []int {
	dist := make([]int, len(g.adj))
	for i := range dist {
		dist[i] = -1
	}
	dist[start] = 0
	queue := []int{start}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, nb := range g.adj[n] {
			if dist[nb] < 0 {
				dist[nb] = dist[n] + 1
				queue = append(queue, nb)
			}
		}
	}
	return dist
}

func main() {
	g := buildGraph(60)
	levels := parallelBFS(g, 0, 4)
	reached := 0
	for d, lvl := range levels {
		reached += len(lvl)
		fmt.Printf("level %d (%d): %v\n", d, len(lvl), lvl)
	}
	fmt.Println("reached:", reached, "of", len(g.adj))

	dist := sequentialBFS(g, 0)
	match := true
	for d, lvl := range levels {
		for _, n := range lvl {
			if dist[n] != d {
				match = false
			}
		}
	}
	fmt.Println("matches sequential BFS:", match)

	var unreached []int
	for n, d := range dist {
		if d < 0 {
			unreached = append(unreached, n)
		}
	}
	fmt.Println("unreached:", unreached)

	for _, start := range []int{7, 31} {
		lv := parallelBFS(g, start, 3)
		fmt.Printf("from %d: depth %d, last level %v\n", start, len(lv)-1, lv[len(lv)-1])
	}
}
