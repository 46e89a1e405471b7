package main

import (
	"container/heap"
	"fmt"
	"slices"
	"strings"
)

type Edge struct {
	To   string
	Cost int
}

type Graph map[string][]Edge

func (g Graph) AddRoad(a, b string, cost int) {
	g[a] = append(g[a], Edge{b, cost})
	g[b] = append(g[b], Edge{a, cost})
}

type entry struct {
	node string
	dist int
}

type pq []entry

func (p pq) Len() int { return len(p) }
func (p pq) Less(i, j int) bool {
	if p[i].dist != p[j].dist {
		return p[i].dist < p[j].dist
	}
	return p[i].node < p[j].node
}
func (p pq) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *pq) Push(x any)   { *p = append(*p, x.(entry)) }
func (p *pq) Pop() any {
	old := *p
	n := len(old)
	e := old[n-1]
	*p = old[:n-1]
	return e
}

func (g Graph) Shortest(src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	h := &pq{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(entry)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.Cost
			if old, ok := dist[e.To]; !ok || nd < old {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(h, entry{e.To, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, src, dst string) []string {
	var p []string
	for at := dst; at != src; at = prev[at] {
		p = append(p, at)
		if _, ok := prev[at]; !ok {
			return nil
		}
	}
	p = append(p, src)
	slices.Reverse(p)
	return p
}

func main() {
	g := Graph{}
	g.AddRoad("Depot", "Ashford", 7)
	g.AddRoad("Depot", "Brigg", 9)
	g.AddRoad("Depot", "Crewe", 14)
	g.AddRoad("Ashford", "Brigg", 10)
	g.AddRoad("Ashford", "Dover", 15)
	g.AddRoad("Brigg", "Dover", 11)
	g.AddRoad("Brigg", "Crewe", 2)
	g.AddRoad("Crewe", "Eton", 9)
	g.AddRoad("Dover", "Eton", 6)
	g.AddRoad("Filey", "Grimsby", 3)

	dist, prev := g.Shortest("Depot")
	towns := make([]string, 0, len(g))
	for t := range g {
		towns = append(towns, t)
	}
	slices.Sort(towns)
	for _, t := range towns {
		d, ok := dist[t]
		if !ok {
			fmt.Printf("%-8s unreachable\n", t)
			continue
		}
		fmt.Printf("%-8s %3d km  via %s\n", t, d, strings.Join(path(prev, "Depot", t), " -> "))
	}
}
