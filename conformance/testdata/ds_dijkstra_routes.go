package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Graph struct {
	names []string
	index map[string]int
	adj   [][]arc
}

type arc struct {
	to   int
	cost float64
}

func NewGraph() *Graph { return &Graph{index: map[string]int{}} }

func (g *Graph) id(name string) int {
	if i, ok := g.index[name]; ok {
		return i
	}
	g.index[name] = len(g.names)
	g.names = append(g.names, name)
	g.adj = append(g.adj, nil)
	return len(g.names) - 1
}

func (g *Graph) AddRoad(a, b string, km float64) {
	i, j := g.id(a), g.id(b)
	g.adj[i] = append(g.adj[i], arc{j, km})
	g.adj[j] = append(g.adj[j], arc{i, km})
}

type item struct {
	node int
	dist float64
}
type minHeap []item

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i].dist < h[j].dist }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(item)) }
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func (g *Graph) Dijkstra(src string) (dist []float64, prev []int) {
	n := len(g.names)
	dist = make([]float64, n)
	prev = make([]int, n)
	for i := range dist {
		dist[i] = math.Inf(1)
		prev[i] = -1
	}
	s := g.index[src]
	dist[s] = 0
	h := &minHeap{{s, 0}}
	pops := 0
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		pops++
		if cur.dist > dist[cur.node] {
			continue // stale entry
		}
		for _, a := range g.adj[cur.node] {
			if nd := cur.dist + a.cost; nd < dist[a.to] {
				dist[a.to] = nd
				prev[a.to] = cur.node
				heap.Push(h, item{a.to, nd})
			}
		}
	}
	fmt.Printf("(heap pops: %d)\n", pops)
	return dist, prev
}

func (g *Graph) Path(prev []int, dst string) string {
	var p []string
	for v := g.index[dst]; v != -1; v = prev[v] {
		p = append(p, g.names[v])
	}
	slices.Reverse(p)
	return strings.Join(p, " -> ")
}

func main() {
	g := NewGraph()
	g.AddRoad("Amsterdam", "Utrecht", 45.5)
	g.AddRoad("Amsterdam", "Haarlem", 20.1)
	g.AddRoad("Haarlem", "Leiden", 33.0)
	g.AddRoad("Leiden", "TheHague", 19.4)
	g.AddRoad("Utrecht", "Rotterdam", 57.2)
	g.AddRoad("TheHague", "Rotterdam", 26.8)
	g.AddRoad("Amsterdam", "Leiden", 44.3)
	g.AddRoad("Utrecht", "Arnhem", 64.0)
	g.AddRoad("Rotterdam", "Breda", 50.9)
	g.AddRoad("Arnhem", "Nijmegen", 19.6)
	g.id("Groningen") // isolated

	dist, prev := g.Dijkstra("Amsterdam")
	fmt.Printf("%-10s | %8s | %s\n", "city", "km", "route")
	fmt.Println(strings.Repeat("-", 60))
	order := slices.Clone(g.names)
	slices.SortFunc(order, func(a, b string) int {
		da, db := dist[g.index[a]], dist[g.index[b]]
		if da != db {
			if da < db {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})
	for _, name := range order {
		d := dist[g.index[name]]
		if math.IsInf(d, 1) {
			fmt.Printf("%-10s | %8s | unreachable\n", name, "inf")
			continue
		}
		fmt.Printf("%-10s | %8.1f | %s\n", name, d, g.Path(prev, name))
	}
}
