package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Index assigns dense integer ids to strings.
type Index struct {
	ids   map[string]int
	names []string
}

func (ix *Index) ID(name string) int {
	if id, ok := ix.ids[name]; ok {
		return id
	}
	if ix.ids == nil {
		ix.ids = map[string]int{}
	}
	ix.ids[name] = len(ix.names)
	ix.names = append(ix.names, name)
	return len(ix.names) - 1
}

func (ix *Index) Name(id int) string { return ix.names[id] }
func (ix *Index) Len() int           { return len(ix.names) }

// DisjointSet is a union-find over strings, backed by an Index and int slices.
type DisjointSet struct {
	index  Index
	parent []int
	rank   []int
	sets   int
}

func (d *DisjointSet) Add(name string) int {
	id := d.index.ID(name)
	for len(d.parent) <= id {
		d.parent = append(d.parent, len(d.parent))
		d.rank = append(d.rank, 0)
		d.sets++
	}
	return id
}

func (d *DisjointSet) find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DisjointSet) Find(name string) string { return d.index.Name(d.find(d.Add(name))) }

func (d *DisjointSet) Union(a, b string) bool {
	ra, rb := d.find(d.Add(a)), d.find(d.Add(b))
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

func (d *DisjointSet) Connected(a, b string) bool { return d.Find(a) == d.Find(b) }
func (d *DisjointSet) Len() int                   { return d.index.Len() }
func (d *DisjointSet) Sets() int                  { return d.sets }

func (d *DisjointSet) Groups() [][]string {
	byRoot := map[int][]string{}
	for id := range d.index.Len() {
		r := d.find(id)
		byRoot[r] = append(byRoot[r], d.index.Name(id))
	}
	var out [][]string
	for _, r := range slices.Sorted(maps.Keys(byRoot)) {
		g := byRoot[r]
		slices.Sort(g)
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	return out
}

func main() {
	var ds DisjointSet
	friendships := []string{
		"alice-bob", "carol-dave", "bob-erin", "frank-grace",
		"erin-alice", "dave-heidi", "ivan-ivan", "grace-carol",
	}
	for _, f := range friendships {
		a, b, _ := strings.Cut(f, "-")
		fmt.Printf("union %-12s merged=%t sets=%d\n", f, ds.Union(a, b), ds.Sets())
	}
	fmt.Println("people:", ds.Len(), "groups:", ds.Sets())
	for i, g := range ds.Groups() {
		fmt.Printf("group %d: %v\n", i+1, g)
	}
	pairs := [][2]string{{"alice", "erin"}, {"alice", "carol"}, {"frank", "heidi"}, {"ivan", "judy"}}
	for _, p := range pairs {
		fmt.Printf("%s ~ %s: %t\n", p[0], p[1], ds.Connected(p[0], p[1]))
	}
	fmt.Println("after lookups:", ds.Len(), "people,", ds.Sets(), "groups")
}
