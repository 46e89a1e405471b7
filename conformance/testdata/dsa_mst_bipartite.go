package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type Edge struct{ U, V, W int }

func (e Edge) String() string { return fmt.Sprintf("%d-%d(%d)", e.U, e.V, e.W) }

func kruskal(n int, edges []Edge) (int, []Edge) {
	sorted := append([]Edge(nil), edges...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].W < sorted[j].W })
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		if parent[x] != x {
			parent[x] = find(parent[x])
		}
		return parent[x]
	}
	total := 0
	var tree []Edge
	for _, e := range sorted {
		if a, b := find(e.U), find(e.V); a != b {
			parent[a] = b
			total += e.W
			tree = append(tree, e)
		}
	}
	return total, tree
}

type heapEdge struct{ w, to, from int }
type edgeHeap []heapEdge

func (h edgeHeap) Len() int { return len(h) }
func (h edgeHeap) Less(i, j int) bool {
	if h[i].w != h[j].w {
		return h[i].w < h[j].w
	}
	return h[i].to < h[j].to
}
func (h edgeHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *edgeHeap) Push(x any)   { *h = append(*h, x.(heapEdge)) }
func (h *edgeHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func prim(n int, edges []Edge) (int, []Edge) {
	adj := make([][]Edge, n)
	for _, e := range edges {
		adj[e.U] = append(adj[e.U], e)
		adj[e.V] = append(adj[e.V], Edge{e.V, e.U, e.W})
	}
	inTree := make([]bool, n)
	h := &edgeHeap{{0, 0, -1}}
	total := 0
	var tree []Edge
	for h.Len() > 0 {
		top := heap.Pop(h).(heapEdge)
		if inTree[top.to] {
			continue
		}
		inTree[top.to] = true
		if top.from >= 0 {
			total += top.w
			tree = append(tree, Edge{top.from, top.to, top.w})
		}
		for _, e := range adj[top.to] {
			if !inTree[e.V] {
				heap.Push(h, heapEdge{e.W, e.V, e.U})
			}
		}
	}
	return total, tree
}

// bipartite 2-colors the graph with BFS, returning the coloring or a conflicting edge.
func bipartite(n int, adj map[int][]int) ([]int, [2]int, bool) {
	color := make([]int, n)
	for i := range color {
		color[i] = -1
	}
	for s := 0; s < n; s++ {
		if color[s] != -1 {
			continue
		}
		color[s] = 0
		queue := []int{s}
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			for _, v := range adj[u] {
				if color[v] == -1 {
					color[v] = 1 - color[u]
					queue = append(queue, v)
				} else if color[v] == color[u] {
					return color, [2]int{u, v}, false
				}
			}
		}
	}
	return color, [2]int{}, true
}

func main() {
	edges := []Edge{
		{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7}, {2, 4, 5},
		{3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11},
	}
	kt, ktree := kruskal(7, edges)
	fmt.Printf("kruskal total=%d edges=%v\n", kt, ktree)
	pt, ptree := prim(7, edges)
	fmt.Printf("prim    total=%d edges=%v\n", pt, ptree)
	fmt.Println("totals agree:", kt == pt)

	square := map[int][]int{0: {1, 3}, 1: {0, 2}, 2: {1, 3}, 3: {2, 0}, 4: {5}, 5: {4}}
	colors, _, ok := bipartite(6, square)
	fmt.Printf("square+edge bipartite=%v colors=%v\n", ok, colors)
	triangle := map[int][]int{0: {1, 2}, 1: {0, 2}, 2: {0, 1}}
	_, bad, ok := bipartite(3, triangle)
	fmt.Printf("triangle bipartite=%v conflict=%v\n", ok, bad)
	var sides [2][]int
	for v, c := range colors {
		sides[c] = append(sides[c], v)
	}
	fmt.Printf("left=%v right=%v\n", sides[0], sides[1])
	fmt.Printf("%v %s\n", Edge{1, 2, 3}, Edge{4, 5, 6})
}
