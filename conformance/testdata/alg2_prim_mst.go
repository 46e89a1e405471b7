package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"
)

type wedge struct{ u, v, w int }

type edgeQueue []wedge

func (q edgeQueue) Len() int { return len(q) }
func (q edgeQueue) Less(i, j int) bool {
	return cmp.Or(cmp.Compare(q[i].w, q[j].w), cmp.Compare(q[i].v, q[j].v), cmp.Compare(q[i].u, q[j].u)) < 0
}
func (q edgeQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *edgeQueue) Push(x any)   { *q = append(*q, x.(wedge)) }
func (q *edgeQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

func prim(n int, adj [][]wedge, start int) (int, []wedge) {
	inTree := make([]bool, n)
	q := &edgeQueue{}
	visit := func(u int) {
		inTree[u] = true
		for _, e := range adj[u] {
			if !inTree[e.v] {
				heap.Push(q, e)
			}
		}
	}
	visit(start)
	total := 0
	var tree []wedge
	for q.Len() > 0 && len(tree) < n-1 {
		e := heap.Pop(q).(wedge)
		if inTree[e.v] {
			continue
		}
		total += e.w
		tree = append(tree, e)
		visit(e.v)
	}
	return total, tree
}

type dsu struct{ parent, rank []int }

func newDSU(n int) *dsu {
	d := &dsu{parent: make([]int, n), rank: make([]int, n)}
	for i := range d.parent {
		d.parent[i] = i
	}
	return d
}

func (d *dsu) find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *dsu) union(a, b int) bool {
	ra, rb := d.find(a), d.find(b)
	if ra == rb {
		return false
	}
	if d.rank[ra] < d.rank[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	if d.rank[ra] == d.rank[rb] {
		d.rank[ra]++
	}
	return true
}

func kruskal(n int, edges []wedge) int {
	sorted := slices.Clone(edges)
	slices.SortStableFunc(sorted, func(a, b wedge) int { return cmp.Compare(a.w, b.w) })
	d := newDSU(n)
	total := 0
	for _, e := range sorted {
		if d.union(e.u, e.v) {
			total += e.w
		}
	}
	return total
}

func main() {
	names := "abcdefghi"
	edges := []wedge{
		{0, 1, 4}, {0, 7, 8}, {1, 2, 8}, {1, 7, 11}, {2, 3, 7}, {2, 8, 2}, {2, 5, 4},
		{3, 4, 9}, {3, 5, 14}, {4, 5, 10}, {5, 6, 2}, {6, 7, 1}, {6, 8, 6}, {7, 8, 7},
	}
	n := len(names)
	adj := make([][]wedge, n)
	for _, e := range edges {
		adj[e.u] = append(adj[e.u], e)
		adj[e.v] = append(adj[e.v], wedge{e.v, e.u, e.w})
	}
	for _, start := range []int{0, 4} {
		total, tree := prim(n, adj, start)
		fmt.Printf("prim from %c: total weight %d\n", names[start], total)
		for _, e := range tree {
			fmt.Printf("  %c-%c (%d)\n", names[e.u], names[e.v], e.w)
		}
	}
	fmt.Println("kruskal total weight:", kruskal(n, edges))
}
