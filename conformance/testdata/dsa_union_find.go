package main

import (
	"fmt"
	"sort"
	"strings"
)

// UnionFind is a disjoint-set forest with union by rank and path halving.
type UnionFind struct {
	parent []int
	rank   []int
	count  int
}

func NewUnionFind(n int) *UnionFind {
	uf := &UnionFind{parent: make([]int, n), rank: make([]int, n), count: n}
	for i := range uf.parent {
		uf.parent[i] = i
	}
	return uf
}

func (uf *UnionFind) Find(x int) int {
	for uf.parent[x] != x {
		uf.parent[x] = uf.parent[uf.parent[x]]
		x = uf.parent[x]
	}
	return x
}

func (uf *UnionFind) Union(a, b int) bool {
	ra, rb := uf.Find(a), uf.Find(b)
	if ra == rb {
		return false
	}
	if uf.rank[ra] < uf.rank[rb] {
		ra, rb = rb, ra
	}
	uf.parent[rb] = ra
	if uf.rank[ra] == uf.rank[rb] {
		uf.rank[ra]++
	}
	uf.count--
	return true
}

func (uf *UnionFind) String() string {
	groups := map[int][]int{}
	for i := range uf.parent {
		r := uf.Find(i)
		groups[r] = append(groups[r], i)
	}
	roots := make([]int, 0, len(groups))
	for r := range groups {
		roots = append(roots, r)
	}
	sort.Ints(roots)
	parts := make([]string, 0, len(roots))
	for _, r := range roots {
		parts = append(parts, fmt.Sprintf("%d:%v", r, groups[r]))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

type cell struct{ r, c int }

func islands(grid []string) (count int, sizes []int) {
	idx := map[cell]int{}
	var order []cell
	for r, row := range grid {
		for c, ch := range row {
			if ch == '#' {
				idx[cell{r, c}] = len(order)
				order = append(order, cell{r, c})
			}
		}
	}
	uf := NewUnionFind(len(order))
	for i, p := range order {
		for _, d := range []cell{{0, 1}, {1, 0}} {
			if j, ok := idx[cell{p.r + d.r, p.c + d.c}]; ok {
				uf.Union(i, j)
			}
		}
	}
	size := map[int]int{}
	for i := range order {
		size[uf.Find(i)]++
	}
	for _, s := range size {
		sizes = append(sizes, s)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	return uf.count, sizes
}

func main() {
	uf := NewUnionFind(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {4, 5}, {6, 7}, {5, 7}, {0, 2}, {8, 9}}
	for _, p := range pairs {
		merged := uf.Union(p[0], p[1])
		fmt.Printf("union(%d,%d) merged=%-5v components=%d\n", p[0], p[1], merged, uf.count)
	}
	fmt.Println("groups:", uf)
	fmt.Println("connected(0,3):", uf.Find(0) == uf.Find(3))
	fmt.Println("connected(3,4):", uf.Find(3) == uf.Find(4))

	edges := [][2]int{{1, 2}, {2, 3}, {3, 4}, {1, 4}, {1, 5}}
	red := NewUnionFind(6)
	for _, e := range edges {
		if !red.Union(e[0], e[1]) {
			fmt.Printf("redundant edge: %v\n", e)
		}
	}

	grid := []string{
		"##..#",
		"#...#",
		"..#..",
		"....#",
		"##.##",
	}
	for _, row := range grid {
		fmt.Println("  " + row)
	}
	n, sizes := islands(grid)
	fmt.Printf("islands=%d sizes=%v\n", n, sizes)
}
