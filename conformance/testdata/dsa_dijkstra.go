package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	To, W int
}

type Graph struct {
	names []string
	index map[string]int
	adj   [][]Edge
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

func (g *Graph) AddEdge(a, b string, w int) {
	u, v := g.id(a), g.id(b)
	g.adj[u] = append(g.adj[u], Edge{v, w})
	g.adj[v] = append(g.adj[v], Edge{u, w})
}

type item struct{ node, dist int }

type pq []item

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].dist != q[j].dist {
		return q[i].dist < q[j].dist
	}
	return q[i].node < q[j].node
}
func (q pq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)   { *q = append(*q, x.(item)) }
func (q *pq) Pop() (x any) { old := *q; x = old[len(old)-1]; *q = old[:len(old)-1]; return }

func (g *Graph) Dijkstra(src string) (dist, prev []int, pops int) {
	n := len(g.names)
	dist, prev = make([]int, n), make([]int, n)
	for i := range dist {
		dist[i], prev[i] = math.MaxInt, -1
	}
	s := g.index[src]
	dist[s] = 0
	h := &pq{{s, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		pops++
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g.adj[cur.node] {
			if nd := cur.dist + e.W; nd < dist[e.To] {
				dist[e.To], prev[e.To] = nd, cur.node
				heap.Push(h, item{e.To, nd})
			}
		}
	}
	return
}

func (g *Graph) Path(prev []int, to string) string {
	var parts []string
	for v := g.index[to]; v != -1; v = prev[v] {
		parts = append([]string{g.names[v]}, parts...)
	}
	return strings.Join(parts, " -> ")
}

func main() {
	g := NewGraph()
	roads := []struct {
		a, b string
		w    int
	}{
		{"Amsterdam", "Berlin", 6}, {"Amsterdam", "Brussels", 2}, {"Brussels", "Paris", 3},
		{"Paris", "Lyon", 4}, {"Berlin", "Prague", 3}, {"Prague", "Vienna", 3},
		{"Lyon", "Milan", 4}, {"Milan", "Vienna", 9}, {"Brussels", "Berlin", 7},
		{"Paris", "Berlin", 11}, {"Vienna", "Budapest", 2}, {"Oslo", "Bergen", 5},
	}
	for _, r := range roads {
		g.AddEdge(r.a, r.b, r.w)
	}
	dist, prev, pops := g.Dijkstra("Amsterdam")
	fmt.Printf("nodes=%d heap pops=%d\n", len(g.names), pops)
	for i, name := range g.names {
		if dist[i] == math.MaxInt {
			fmt.Printf("%-10s unreachable\n", name)
			continue
		}
		fmt.Printf("%-10s %3d  %s\n", name, dist[i], g.Path(prev, name))
	}
	dist, prev, _ = g.Dijkstra("Budapest")
	fmt.Printf("Budapest->Paris = %d via %s\n", dist[g.index["Paris"]], g.Path(prev, "Paris"))
}
