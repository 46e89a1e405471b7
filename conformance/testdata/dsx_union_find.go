package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// DSU is a disjoint-set forest with union by size and path compression.
type DSU[T cmp.Ordered] struct {
	parent map[T]T
	size   map[T]int
	sets   int
}

func NewDSU[T cmp.Ordered](items ...T) *DSU[T] {
	d := &DSU[T]{parent: map[T]T{}, size: map[T]int{}}
	for _, it := range items {
		d.Add(it)
	}
	return d
}

func (d *DSU[T]) Add(x T) {
	if _, ok := d.parent[x]; !ok {
		d.parent[x] = x
		d.size[x] = 1
		d.sets++
	}
}

// Find returns the representative of x, compressing the path on the way back.
func (d *DSU[T]) Find(x T) T {
	p := d.parent[x]
	if p == x {
		return x
	}
	root := d.Find(p)
	d.parent[x] = root
	return root
}

// Union merges the sets of a and b and reports whether they were separate.
func (d *DSU[T]) Union(a, b T) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.size[ra] < d.size[rb] || (d.size[ra] == d.size[rb] && rb < ra) {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	delete(d.size, rb)
	d.sets--
	return true
}

func (d *DSU[T]) String() string {
	groups := map[T][]T{}
	for x := range d.parent {
		r := d.Find(x)
		groups[r] = append(groups[r], x)
	}
	var parts []string
	for _, g := range groups {
		slices.Sort(g)
		parts = append(parts, fmt.Sprint(g))
	}
	slices.Sort(parts)
	return strings.Join(parts, " ")
}

type edge struct{ u, v, w int }

func kruskal(n int, edges []edge) (total int, used []edge) {
	slices.SortStableFunc(edges, func(a, b edge) int { return cmp.Compare(a.w, b.w) })
	d := NewDSU[int]()
	for i := range n {
		d.Add(i)
	}
	for _, e := range edges {
		if d.Union(e.u, e.v) {
			total += e.w
			used = append(used, e)
		}
	}
	return total, used
}

func main() {
	d := NewDSU("ann", "bob", "cat", "dan", "eve", "fay", "gus")
	pairs := [][2]string{{"ann", "bob"}, {"cat", "dan"}, {"bob", "dan"}, {"eve", "fay"}, {"ann", "cat"}}
	for _, p := range pairs {
		merged := d.Union(p[0], p[1])
		fmt.Printf("union(%s,%s) merged=%-5v sets=%d\n", p[0], p[1], merged, d.sets)
	}
	fmt.Println("groups:", d)
	fmt.Println("ann~dan:", d.Find("ann") == d.Find("dan"), "ann~eve:", d.Find("ann") == d.Find("eve"))

	chain := NewDSU[int]()
	for i := range 8 {
		chain.Add(i)
	}
	for i := 7; i > 0; i-- {
		chain.parent[i] = i - 1 // build a long chain by hand
	}
	fmt.Println("parents before find:", chain.parent[7], chain.parent[6], chain.parent[5])
	chain.Find(7)
	fmt.Println("parents after find: ", chain.parent[7], chain.parent[6], chain.parent[5])

	edges := []edge{{0, 1, 4}, {0, 2, 3}, {1, 2, 1}, {1, 3, 2}, {2, 3, 4}, {3, 4, 2}, {4, 5, 6}, {3, 5, 7}}
	total, used := kruskal(6, edges)
	fmt.Println("MST weight:", total)
	for _, e := range used {
		fmt.Printf("  %d-%d (%d)\n", e.u, e.v, e.w)
	}
}
