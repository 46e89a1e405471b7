package main

import (
	"fmt"
	"math"
	"slices"
)

type edge struct{ from, to, w int }

type graph struct {
	n     int
	edges []edge
}

func (g *graph) add(u, v, w int) { g.edges = append(g.edges, edge{u, v, w}) }

// bellmanFord returns distances, predecessors, and a negative cycle if one is reachable.
func (g *graph) bellmanFord(src int) ([]int, []int, []int) {
	dist := make([]int, g.n)
	pred := make([]int, g.n)
	for i := range dist {
		dist[i], pred[i] = math.MaxInt, -1
	}
	dist[src] = 0
	last := -1
	for round := 0; round < g.n; round++ {
		last = -1
		for _, e := range g.edges {
			if dist[e.from] != math.MaxInt && dist[e.from]+e.w < dist[e.to] {
				dist[e.to] = dist[e.from] + e.w
				pred[e.to] = e.from
				last = e.to
			}
		}
		if last == -1 {
			return dist, pred, nil
		}
	}
	// last was relaxed in round n: walk back n steps to land inside the cycle.
	v := last
	for range g.n {
		v = pred[v]
	}
	cycle := []int{v}
	for u := pred[v]; u != v; u = pred[u] {
		cycle = append(cycle, u)
	}
	cycle = append(cycle, v)
	slices.Reverse(cycle)
	return dist, pred, cycle
}

func path(pred []int, v int) []int {
	var p []int
	for ; v != -1; v = pred[v] {
		p = append(p, v)
	}
	slices.Reverse(p)
	return p
}

func main() {
	g := &graph{n: 6}
	g.add(0, 1, 6)
	g.add(0, 2, 7)
	g.add(1, 3, 5)
	g.add(1, 4, -4)
	g.add(1, 2, 8)
	g.add(2, 3, -3)
	g.add(2, 4, 9)
	g.add(3, 1, -2)
	g.add(4, 0, 2)
	g.add(4, 3, 7)

	dist, pred, cycle := g.bellmanFord(0)
	fmt.Println("graph without negative cycle, negative cycle found:", cycle != nil)
	for v := range g.n {
		if dist[v] == math.MaxInt {
			fmt.Printf("  vertex %d unreachable\n", v)
			continue
		}
		fmt.Printf("  vertex %d dist=%3d path=%v\n", v, dist[v], path(pred, v))
	}

	g.add(4, 5, 1)
	g.add(4, 2, 2)
	_, _, cycle = g.bellmanFord(0)
	if cycle != nil {
		total := 0
		weights := map[[2]int]int{}
		for _, e := range g.edges {
			k := [2]int{e.from, e.to}
			if w, ok := weights[k]; !ok || e.w < w {
				weights[k] = e.w
			}
		}
		for i := 0; i+1 < len(cycle); i++ {
			total += weights[[2]int{cycle[i], cycle[i+1]}]
		}
		fmt.Printf("after adding 4->2 (2): negative cycle %v with weight %d\n", cycle, total)
	} else {
		fmt.Println("after adding 4->2 (2): no negative cycle")
	}
}
