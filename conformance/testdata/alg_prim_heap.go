package main

import (
	"container/heap"
	"fmt"
)

type item struct {
	node, from, w int
}

type minHeap []item

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].w != h[j].w {
		return h[i].w < h[j].w
	}
	return h[i].node < h[j].node
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(item)) }
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type Graph struct {
	n   int
	adj [][]item
}

func NewGraph(n int) *Graph { return &Graph{n: n, adj: make([][]item, n)} }

func (g *Graph) AddEdge(u, v, w int) {
	g.adj[u] = append(g.adj[u], item{node: v, from: u, w: w})
	g.adj[v] = append(g.adj[v], item{node: u, from: v, w: w})
}

func (g *Graph) Prim(start int) (total int, tree []string, err error) {
	if start < 0 || start >= g.n {
		return 0, nil, fmt.Errorf("prim: start %d out of range [0,%d)", start, g.n)
	}
	seen := make([]bool, g.n)
	h := &minHeap{{node: start, from: -1}}
	for h.Len() > 0 {
		it := heap.Pop(h).(item)
		if seen[it.node] {
			continue
		}
		seen[it.node] = true
		if it.from >= 0 {
			total += it.w
			tree = append(tree, fmt.Sprintf("%c-%c:%d", 'A'+it.from, 'A'+it.node, it.w))
		}
		for _, e := range g.adj[it.node] {
			if !seen[e.node] {
				heap.Push(h, e)
			}
		}
	}
	if len(tree) != g.n-1 {
		err = fmt.Errorf("prim: only %d of %d vertices reachable", len(tree)+1, g.n)
	}
	return
}

func main() {
	g := NewGraph(6)
	for _, e := range [][3]int{{0, 1, 4}, {0, 2, 4}, {1, 2, 2}, {2, 3, 3}, {2, 5, 2}, {2, 4, 4}, {3, 4, 3}, {5, 4, 3}} {
		g.AddEdge(e[0], e[1], e[2])
	}
	for _, s := range []int{0, 3, 9} {
		total, tree, err := g.Prim(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("start %c: total=%d edges=%v\n", 'A'+s, total, tree)
	}
	g2 := NewGraph(4)
	g2.AddEdge(0, 1, 1)
	g2.AddEdge(2, 3, 1)
	_, tree, err := g2.Prim(0)
	fmt.Println(tree, err)
}
