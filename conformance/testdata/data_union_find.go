package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type DSU struct {
	parent []int
	rank   []int
	sets   int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), rank: make([]int, n), sets: n}
	for i := range d.parent {
		d.parent[i] = i
	}
	return d
}

// Find uses path compression.
func (d *DSU) Find(x int) int {
	if d.parent[x] != x {
		d.parent[x] = d.Find(d.parent[x])
	}
	return d.parent[x]
}

// Union by rank; reports whether a merge happened.
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
	d.sets--
	return true
}

func (d *DSU) Groups() [][]int {
	byRoot := map[int][]int{}
	for i := range d.parent {
		r := d.Find(i)
		byRoot[r] = append(byRoot[r], i)
	}
	var out [][]int
	for _, r := range slices.Sorted(maps.Keys(byRoot)) {
		out = append(out, byRoot[r])
	}
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	return out
}

type Edge struct {
	U, V, W int
}

func (e Edge) String() string { return fmt.Sprintf("%d-%d(%d)", e.U, e.V, e.W) }

func kruskal(n int, edges []Edge) ([]Edge, int) {
	sorted := slices.Clone(edges)
	slices.SortStableFunc(sorted, func(a, b Edge) int { return a.W - b.W })
	d := NewDSU(n)
	var tree []Edge
	total := 0
	for _, e := range sorted {
		if d.Union(e.U, e.V) {
			tree = append(tree, e)
			total += e.W
		}
	}
	return tree, total
}

func main() {
	d := NewDSU(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {4, 5}, {0, 2}, {7, 8}, {8, 9}, {9, 7}}
	for _, p := range pairs {
		merged := d.Union(p[0], p[1])
		fmt.Printf("union(%d,%d) merged=%-5t sets=%d\n", p[0], p[1], merged, d.sets)
	}
	fmt.Println("groups:", d.Groups())
	fmt.Println("0 and 3 connected:", d.Find(0) == d.Find(3))
	fmt.Println("3 and 4 connected:", d.Find(3) == d.Find(4))

	edges := []Edge{
		{0, 1, 4}, {0, 2, 3}, {1, 2, 1}, {1, 3, 2},
		{2, 3, 4}, {3, 4, 2}, {4, 5, 6}, {3, 5, 7},
	}
	tree, total := kruskal(6, edges)
	fmt.Printf("kruskal MST: %v total=%d\n", tree, total)

	// Count islands on a grid using union-find.
	grid := []string{
		"11000",
		"11010",
		"00100",
		"00011",
	}
	rows, cols := len(grid), len(grid[0])
	g := NewDSU(rows * cols)
	water := 0
	for r := range rows {
		for c := range cols {
			if grid[r][c] == '0' {
				water++
				continue
			}
			if r+1 < rows && grid[r+1][c] == '1' {
				g.Union(r*cols+c, (r+1)*cols+c)
			}
			if c+1 < cols && grid[r][c+1] == '1' {
				g.Union(r*cols+c, r*cols+c+1)
			}
		}
	}
	fmt.Println("grid:\n  " + strings.Join(grid, "\n  "))
	fmt.Println("islands:", g.sets-water)
}
