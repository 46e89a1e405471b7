package main

import (
	"container/heap"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type item struct {
	node string
	dist int
}

type minHeap []item

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	return h[i].dist < h[j].dist || h[i].dist == h[j].dist && h[i].node < h[j].node
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(item)) }
func (h *minHeap) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}

const Inf = math.MaxInt

func dijkstra(graph map[string][]Edge, src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for v := range graph {
		dist[v] = Inf
	}
	dist[src] = 0
	h := &minHeap{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range graph[cur.node] {
			nd := cur.dist + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(h, item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, src, dst string) []string {
	var p []string
	for at := dst; ; at = prev[at] {
		p = append(p, at)
		if at == src {
			break
		}
		if _, ok := prev[at]; !ok {
			return nil
		}
	}
	slices.Reverse(p)
	return p
}

func main() {
	graph := map[string][]Edge{
		"A": {{"B", 4}, {"C", 2}},
		"B": {{"C", 5}, {"D", 10}},
		"C": {{"E", 3}},
		"D": {{"F", 11}},
		"E": {{"D", 4}},
		"F": {},
		"G": {{"A", 1}},
	}
	dist, prev := dijkstra(graph, "A")
	for _, n := range slices.Sorted(maps.Keys(dist)) {
		if dist[n] == Inf {
			fmt.Printf("%s: unreachable\n", n)
			continue
		}
		fmt.Printf("%s: %2d via %s\n", n, dist[n], strings.Join(path(prev, "A", n), "->"))
	}
}
