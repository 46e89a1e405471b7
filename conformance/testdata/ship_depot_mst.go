package main

import (
	"cmp"
	"fmt"
	"slices"
)

type UnionFind struct {
	parent []int
	rank   []int
	sets   int
}

func NewUnionFind(n int) *UnionFind {
	u := &UnionFind{parent: make([]int, n), rank: make([]int, n), sets: n}
	for i := range n {
		u.parent[i] = i
	}
	return u
}

func (u *UnionFind) Find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
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
		ra, rb = rb, ra
	case u.rank[ra] == u.rank[rb]:
		u.rank[ra]++
	}
	u.parent[rb] = ra
	u.sets--
	return true
}

type Link struct {
	A, B int
	Cost int
}

func main() {
	depots := []string{"Aberdeen", "Bristol", "Cardiff", "Dundee", "Exeter", "Falkirk", "Glasgow"}
	links := []Link{
		{0, 3, 7}, {3, 5, 6}, {5, 6, 2}, {0, 6, 15}, {1, 2, 4},
		{1, 4, 8}, {2, 4, 11}, {6, 1, 38}, {5, 2, 41}, {3, 6, 9}, {4, 6, 45},
	}
	slices.SortStableFunc(links, func(x, y Link) int { return cmp.Compare(x.Cost, y.Cost) })

	uf := NewUnionFind(len(depots))
	var tree []Link
	total := 0
	for _, l := range links {
		if uf.Union(l.A, l.B) {
			tree = append(tree, l)
			total += l.Cost
			fmt.Printf("lay cable %-9s - %-9s %3d\n", depots[l.A], depots[l.B], l.Cost)
		} else {
			fmt.Printf("  skip    %-9s - %-9s %3d (already linked)\n", depots[l.A], depots[l.B], l.Cost)
		}
		if uf.sets == 1 {
			break
		}
	}
	fmt.Printf("network cost %d using %d of %d links\n", total, len(tree), len(links))

	groups := map[int][]string{}
	for i, d := range depots {
		r := uf.Find(i)
		groups[r] = append(groups[r], d)
	}
	roots := make([]int, 0, len(groups))
	for r := range groups {
		roots = append(roots, r)
	}
	slices.Sort(roots)
	for _, r := range roots {
		fmt.Printf("component rooted at %s: %v\n", depots[r], groups[r])
	}
}
