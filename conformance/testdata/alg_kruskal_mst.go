package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

type Edge struct {
	U, V int
	W    int
}

func (e Edge) String() string { return fmt.Sprintf("%d-%d(%d)", e.U, e.V, e.W) }

type DSU struct {
	parent, rank []int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), rank: make([]int, n)}
	for i := range d.parent {
		d.parent[i] = i
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) bool {
	ra, rb := d.Find(a), d.Find(b)
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

var ErrDisconnected = errors.New("graph is disconnected")

func kruskal(n int, edges []Edge) ([]Edge, int, error) {
	sorted := slices.Clone(edges)
	slices.SortStableFunc(sorted, func(a, b Edge) int { return cmp.Compare(a.W, b.W) })
	d := NewDSU(n)
	var tree []Edge
	total := 0
	for _, e := range sorted {
		if d.Union(e.U, e.V) {
			tree = append(tree, e)
			total += e.W
		}
	}
	if len(tree) != n-1 {
		return tree, total, fmt.Errorf("kruskal: %w (%d of %d edges)", ErrDisconnected, len(tree), n-1)
	}
	return tree, total, nil
}

func main() {
	edges := []Edge{
		{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7},
		{2, 4, 5}, {3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11},
	}
	tree, total, err := kruskal(7, edges)
	fmt.Println("mst:", tree, "total:", total, "err:", err)
	_, _, err = kruskal(4, []Edge{{0, 1, 1}, {2, 3, 2}})
	fmt.Println("err:", err, "is disconnected:", errors.Is(err, ErrDisconnected))
	d := NewDSU(6)
	d.Union(0, 1)
	d.Union(2, 3)
	d.Union(1, 3)
	for i := range 6 {
		fmt.Printf("find(%d)=%d same(0,%d)=%t\n", i, d.Find(i), i, d.Find(0) == d.Find(i))
	}
}
