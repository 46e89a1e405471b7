package main

import (
	"cmp"
	"fmt"
	"slices"
)

// UnionFind implements disjoint sets with path compression and union by rank.
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

type Edge struct {
	U, V   int
	Weight int
}

func Kruskal(n int, edges []Edge) ([]Edge, int, bool) {
	sorted := slices.Clone(edges)
	slices.SortStableFunc(sorted, func(a, b Edge) int { return cmp.Compare(a.Weight, b.Weight) })
	uf := NewUnionFind(n)
	var tree []Edge
	total := 0
	for _, e := range sorted {
		if uf.Union(e.U, e.V) {
			tree = append(tree, e)
			total += e.Weight
		}
	}
	return tree, total, uf.sets == 1
}

func main() {
	cities := []string{"Amsterdam", "Berlin", "Copenhagen", "Dresden", "Essen", "Frankfurt", "Hamburg", "Munich"}
	idx := func(name string) int { return slices.Index(cities, name) }
	roads := []struct {
		a, b string
		km   int
	}{
		{"Amsterdam", "Essen", 200}, {"Amsterdam", "Hamburg", 460}, {"Berlin", "Hamburg", 290},
		{"Berlin", "Dresden", 190}, {"Berlin", "Munich", 585}, {"Copenhagen", "Hamburg", 290},
		{"Copenhagen", "Berlin", 440}, {"Dresden", "Munich", 460}, {"Essen", "Frankfurt", 250},
		{"Essen", "Hamburg", 360}, {"Frankfurt", "Munich", 390}, {"Frankfurt", "Dresden", 460},
		{"Frankfurt", "Hamburg", 490}, {"Amsterdam", "Frankfurt", 440},
	}
	var edges []Edge
	for _, r := range roads {
		edges = append(edges, Edge{idx(r.a), idx(r.b), r.km})
	}
	tree, total, connected := Kruskal(len(cities), edges)
	fmt.Println("minimum spanning road network:")
	for _, e := range tree {
		fmt.Printf("  %-10s - %-10s %4d km\n", cities[e.U], cities[e.V], e.Weight)
	}
	fmt.Printf("total %d km, connected=%v, edges=%d\n", total, connected, len(tree))

	// Union-find on its own: words are linked when they differ in one letter.
	words := []string{"cold", "cord", "card", "ward", "warm", "word", "wore", "fish", "dish", "wish", "gold", "bolt", "boat"}
	uf := NewUnionFind(len(words))
	for i := range words {
		for j := i + 1; j < len(words); j++ {
			if oneapart(words[i], words[j]) {
				uf.Union(i, j)
			}
		}
	}
	groups := map[int][]string{}
	for i, w := range words {
		root := uf.Find(i)
		groups[root] = append(groups[root], w)
	}
	var keys []int
	for k := range groups {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b int) int { return cmp.Compare(groups[a][0], groups[b][0]) })
	fmt.Printf("%d word-ladder groups:\n", uf.sets)
	for _, k := range keys {
		fmt.Println(" ", groups[k])
	}

	_, _, ok := Kruskal(4, []Edge{{0, 1, 3}, {2, 3, 1}})
	fmt.Println("two islands connected:", ok)
}

func oneapart(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	diff := 0
	for i := range len(a) {
		if a[i] != b[i] {
			diff++
		}
	}
	return diff == 1
}
