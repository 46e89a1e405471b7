package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Edge struct {
	To     int
	Weight int
}

type item struct{ node, dist int }
type pq []item

func (p pq) Len() int { return len(p) }
func (p pq) Less(i, j int) bool {
	if p[i].dist != p[j].dist {
		return p[i].dist < p[j].dist
	}
	return p[i].node < p[j].node
}
func (p pq) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *pq) Push(x any)   { *p = append(*p, x.(item)) }
func (p *pq) Pop() any {
	old := *p
	it := old[len(old)-1]
	*p = old[:len(old)-1]
	return it
}

type Graph struct {
	names []string
	adj   [][]Edge
}

func (g *Graph) id(name string) int {
	if i := slices.Index(g.names, name); i >= 0 {
		return i
	}
	g.names = append(g.names, name)
	g.adj = append(g.adj, nil)
	return len(g.names) - 1
}

func (g *Graph) Road(a, b string, km int) {
	i, j := g.id(a), g.id(b)
	g.adj[i] = append(g.adj[i], Edge{j, km})
	g.adj[j] = append(g.adj[j], Edge{i, km})
}

func (g *Graph) Dijkstra(src int) (dist, prev []int, pops int) {
	n := len(g.names)
	dist = make([]int, n)
	prev = make([]int, n)
	for i := range dist {
		dist[i] = math.MaxInt
		prev[i] = -1
	}
	dist[src] = 0
	h := &pq{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		pops++
		if cur.dist > dist[cur.node] {
			continue // stale entry
		}
		for _, e := range g.adj[cur.node] {
			if nd := cur.dist + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(h, item{e.To, nd})
			}
		}
	}
	return dist, prev, pops
}

func (g *Graph) path(prev []int, to int) string {
	var p []string
	for v := to; v != -1; v = prev[v] {
		p = append(p, g.names[v])
	}
	slices.Reverse(p)
	return strings.Join(p, " > ")
}

func main() {
	var g Graph
	g.Road("Avon", "Bree", 7)
	g.Road("Avon", "Cole", 9)
	g.Road("Avon", "Fenn", 14)
	g.Road("Bree", "Cole", 10)
	g.Road("Bree", "Dale", 15)
	g.Road("Cole", "Dale", 11)
	g.Road("Cole", "Fenn", 2)
	g.Road("Dale", "Eton", 6)
	g.Road("Eton", "Fenn", 9)
	g.id("Gask") // isolated town

	src := g.id("Avon")
	dist, prev, pops := g.Dijkstra(src)
	fmt.Printf("shortest routes from %s (%d heap pops):\n", g.names[src], pops)
	for i, name := range g.names {
		if dist[i] == math.MaxInt {
			fmt.Printf("  %-5s unreachable\n", name)
			continue
		}
		fmt.Printf("  %-5s %3d km  via %s\n", name, dist[i], g.path(prev, i))
	}

	// Distance table between a few towns.
	towns := []string{"Bree", "Dale", "Fenn"}
	fmt.Printf("%6s", "")
	for _, t := range towns {
		fmt.Printf("%6s", t)
	}
	fmt.Println()
	for _, a := range towns {
		d, _, _ := g.Dijkstra(g.id(a))
		fmt.Printf("%6s", a)
		for _, b := range towns {
			fmt.Printf("%6d", d[g.id(b)])
		}
		fmt.Println()
	}
}
