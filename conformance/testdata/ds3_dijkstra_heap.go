package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Item[T any, P cmp.Ordered] struct {
	Value    T
	Priority P
}

type minHeap[T any, P cmp.Ordered] []Item[T, P]

func (h minHeap[T, P]) Len() int           { return len(h) }
func (h minHeap[T, P]) Less(i, j int) bool { return h[i].Priority < h[j].Priority }
func (h minHeap[T, P]) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap[T, P]) Push(x any)        { *h = append(*h, x.(Item[T, P])) }
func (h *minHeap[T, P]) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}

type PQ[T any, P cmp.Ordered] struct{ h minHeap[T, P] }

func (q *PQ[T, P]) Len() int        { return q.h.Len() }
func (q *PQ[T, P]) Push(v T, p P)   { heap.Push(&q.h, Item[T, P]{v, p}) }
func (q *PQ[T, P]) Pop() Item[T, P] { return heap.Pop(&q.h).(Item[T, P]) }

type Edge struct {
	To     string
	Weight int
}

type Graph struct {
	edges map[string][]Edge
}

func (g *Graph) Add(a, b string, w int) {
	if g.edges == nil {
		g.edges = map[string][]Edge{}
	}
	g.edges[a] = append(g.edges[a], Edge{b, w})
	g.edges[b] = append(g.edges[b], Edge{a, w})
}

func (g *Graph) Len() int { return len(g.edges) }

func (g *Graph) ShortestPaths(src string) (dist map[string]int, prev map[string]string) {
	dist, prev = map[string]int{src: 0}, map[string]string{}
	var q PQ[string, int]
	q.Push(src, 0)
	for q.Len() > 0 {
		it := q.Pop()
		if it.Priority > dist[it.Value] {
			continue
		}
		for _, e := range g.edges[it.Value] {
			nd := it.Priority + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d || (nd == d && it.Value < prev[e.To]) {
				dist[e.To] = nd
				prev[e.To] = it.Value
				q.Push(e.To, nd)
			}
		}
	}
	return dist, prev
}

func pathTo(prev map[string]string, src, dst string) string {
	path := []string{dst}
	for dst != src {
		dst = prev[dst]
		path = append(path, dst)
	}
	slices.Reverse(path)
	return strings.Join(path, " -> ")
}

func main() {
	var g Graph
	roads := []struct {
		a, b string
		w    int
	}{
		{"home", "bakery", 4}, {"home", "park", 2}, {"park", "bakery", 1},
		{"bakery", "school", 5}, {"park", "library", 8}, {"school", "library", 2},
		{"library", "office", 3}, {"school", "office", 7}, {"pier", "boat", 1},
	}
	for _, r := range roads {
		g.Add(r.a, r.b, r.w)
	}
	fmt.Println("places:", g.Len())
	dist, prev := g.ShortestPaths("home")
	for _, place := range slices.Sorted(maps.Keys(g.edges)) {
		d, ok := dist[place]
		if !ok {
			fmt.Printf("%-8s unreachable\n", place)
			continue
		}
		fmt.Printf("%-8s %2d  %s\n", place, d, pathTo(prev, "home", place))
	}

	var q PQ[string, float64]
	q.Push("low", 0.9)
	q.Push("urgent", 0.1)
	q.Push("mid", 0.5)
	for q.Len() > 0 {
		it := q.Pop()
		fmt.Printf("%s(%.1f) ", it.Value, it.Priority)
	}
	fmt.Println()
}
