package main

import (
	"fmt"
	"slices"
	"strings"
)

type UnionFind struct {
	parent, rank []int
	sets         int
}

func NewUnionFind(n int) *UnionFind {
	uf := &UnionFind{parent: make([]int, n), rank: make([]int, n), sets: n}
	for i := range uf.parent {
		uf.parent[i] = i
	}
	return uf
}

func (u *UnionFind) Find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]] // path halving
		x = u.parent[x]
	}
	return x
}

func (u *UnionFind) Union(a, b int) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	switch {
	case u.rank[ra] < u.rank[rb]:
		u.parent[ra] = rb
	case u.rank[ra] > u.rank[rb]:
		u.parent[rb] = ra
	default:
		u.parent[rb] = ra
		u.rank[ra]++
	}
	u.sets--
	return true
}

type Edge struct {
	U, V   int
	Weight int
}

func (e Edge) String() string { return fmt.Sprintf("%c-%c(%d)", 'A'+e.U, 'A'+e.V, e.Weight) }

func kruskal(n int, edges []Edge) ([]Edge, int) {
	sorted := slices.Clone(edges)
	slices.SortStableFunc(sorted, func(a, b Edge) int { return a.Weight - b.Weight })
	uf := NewUnionFind(n)
	var mst []Edge
	total := 0
	for _, e := range sorted {
		if uf.Union(e.U, e.V) {
			mst = append(mst, e)
			total += e.Weight
			fmt.Printf("  take %-8v sets=%d\n", e, uf.sets)
		} else {
			fmt.Printf("  skip %-8v (cycle)\n", e)
		}
	}
	return mst, total
}

func main() {
	edges := []Edge{
		{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7},
		{2, 4, 5}, {3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11},
	}
	fmt.Println("Kruskal on 7 vertices:")
	mst, total := kruskal(7, edges)
	fmt.Println("MST:", mst)
	fmt.Println("total weight:", total)

	// Count friend circles.
	names := []string{"ann", "bob", "cid", "dee", "eve", "fay", "gus", "hal"}
	friendships := [][2]int{{0, 1}, {1, 2}, {3, 4}, {5, 5}, {6, 7}, {2, 0}}
	uf := NewUnionFind(len(names))
	for _, f := range friendships {
		uf.Union(f[0], f[1])
	}
	groups := map[int][]string{}
	for i, n := range names {
		r := uf.Find(i)
		groups[r] = append(groups[r], n)
	}
	var lines []string
	for _, g := range groups {
		lines = append(lines, strings.Join(g, "+"))
	}
	slices.Sort(lines)
	fmt.Printf("%d circles: %s\n", uf.sets, strings.Join(lines, " | "))
	fmt.Printf("same(ann,cid)=%v same(ann,dee)=%v\n",
		uf.Find(0) == uf.Find(2), uf.Find(0) == uf.Find(3))
}
