package main

import (
	"fmt"
	"slices"
)

type UnionFind struct {
	parent []int
	rank   []int
	sets   int
}

func NewUnionFind(n int) *UnionFind {
	uf := &UnionFind{parent: make([]int, n), rank: make([]int, n), sets: n}
	for i := range uf.parent {
		uf.parent[i] = i
	}
	return uf
}

// Find uses path compression.
func (u *UnionFind) Find(x int) int {
	if u.parent[x] != x {
		u.parent[x] = u.Find(u.parent[x])
	}
	return u.parent[x]
}

// Union merges by rank and reports whether a merge happened.
func (u *UnionFind) Union(a, b int) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	if u.rank[ra] < u.rank[rb] {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	if u.rank[ra] == u.rank[rb] {
		u.rank[ra]++
	}
	u.sets--
	return true
}

func (u *UnionFind) Groups() [][]int {
	byRoot := map[int][]int{}
	for i := range u.parent {
		r := u.Find(i)
		byRoot[r] = append(byRoot[r], i)
	}
	var groups [][]int
	for _, g := range byRoot {
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, b []int) int { return a[0] - b[0] })
	return groups
}

type WEdge struct{ U, V, W int }

// kruskal builds a minimum spanning tree.
func kruskal(n int, edges []WEdge) (total int, used []WEdge) {
	sorted := slices.Clone(edges)
	slices.SortStableFunc(sorted, func(a, b WEdge) int { return a.W - b.W })
	uf := NewUnionFind(n)
	for _, e := range sorted {
		if uf.Union(e.U, e.V) {
			total += e.W
			used = append(used, e)
		}
	}
	return
}

func main() {
	uf := NewUnionFind(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {4, 5}, {6, 7}, {5, 7}, {0, 2}, {8, 8}}
	for _, p := range pairs {
		merged := uf.Union(p[0], p[1])
		fmt.Printf("union(%d,%d) merged=%-5v sets=%d\n", p[0], p[1], merged, uf.sets)
	}
	fmt.Println("groups:", uf.Groups())
	fmt.Println("same(0,3):", uf.Find(0) == uf.Find(3), "same(3,4):", uf.Find(3) == uf.Find(4))

	edges := []WEdge{
		{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7},
		{2, 4, 5}, {3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11},
	}
	total, mst := kruskal(7, edges)
	fmt.Println("MST weight:", total)
	for _, e := range mst {
		fmt.Printf("  %+v\n", e)
	}
}
