package main

import (
	"fmt"
	"sort"
	"strings"
)

type Tree struct {
	Name        string
	Left, Right *Tree
	Height      float64
	Size        int
}

func (t *Tree) IsLeaf() bool { return t.Left == nil && t.Right == nil }

func (t *Tree) Newick() string {
	var rec func(n *Tree, parentH float64) string
	rec = func(n *Tree, parentH float64) string {
		bl := parentH - n.Height
		if n.IsLeaf() {
			return fmt.Sprintf("%s:%.2f", n.Name, bl)
		}
		return fmt.Sprintf("(%s,%s):%.2f", rec(n.Left, n.Height), rec(n.Right, n.Height), bl)
	}
	return "(" + rec(t.Left, t.Height) + "," + rec(t.Right, t.Height) + ");"
}

func (t *Tree) Print(indent int) {
	pad := strings.Repeat("  ", indent)
	if t.IsLeaf() {
		fmt.Printf("%s- %s\n", pad, t.Name)
		return
	}
	fmt.Printf("%s+ node h=%.3f size=%d\n", pad, t.Height, t.Size)
	t.Left.Print(indent + 1)
	t.Right.Print(indent + 1)
}

func (t *Tree) Leaves() []string {
	if t.IsLeaf() {
		return []string{t.Name}
	}
	return append(t.Left.Leaves(), t.Right.Leaves()...)
}

func UPGMA(names []string, d [][]float64) *Tree {
	clusters := make([]*Tree, len(names))
	for i, n := range names {
		clusters[i] = &Tree{Name: n, Size: 1}
	}
	dist := make([][]float64, len(d))
	for i := range d {
		dist[i] = append([]float64(nil), d[i]...)
	}
	step := 0
	for len(clusters) > 1 {
		bi, bj := 0, 1
		for i := range clusters {
			for j := i + 1; j < len(clusters); j++ {
				if dist[i][j] < dist[bi][bj] {
					bi, bj = i, j
				}
			}
		}
		a, b := clusters[bi], clusters[bj]
		step++
		fmt.Printf("step %d: join %v + %v at d=%.2f\n", step, a.Leaves(), b.Leaves(), dist[bi][bj])
		merged := &Tree{Left: a, Right: b, Height: dist[bi][bj] / 2, Size: a.Size + b.Size}
		// new distance row
		row := make([]float64, 0, len(clusters)-1)
		var keep []int
		for k := range clusters {
			if k != bi && k != bj {
				keep = append(keep, k)
				row = append(row, (dist[bi][k]*float64(a.Size)+dist[bj][k]*float64(b.Size))/float64(a.Size+b.Size))
			}
		}
		nd := make([][]float64, len(keep)+1)
		nc := make([]*Tree, 0, len(keep)+1)
		for x, kx := range keep {
			nd[x] = make([]float64, len(keep)+1)
			for y, ky := range keep {
				nd[x][y] = dist[kx][ky]
			}
			nd[x][len(keep)] = row[x]
			nc = append(nc, clusters[kx])
		}
		nd[len(keep)] = append(row, 0)
		clusters, dist = append(nc, merged), nd
	}
	return clusters[0]
}

func main() {
	names := []string{"Human", "Chimp", "Gorilla", "Orangutan", "Gibbon"}
	d := [][]float64{
		{0, 2, 4, 6, 8},
		{2, 0, 4, 6, 8},
		{4, 4, 0, 6, 8},
		{6, 6, 6, 0, 8},
		{8, 8, 8, 8, 0},
	}
	t := UPGMA(names, d)
	fmt.Println("newick:", t.Newick())
	t.Print(0)
	leaves := t.Leaves()
	sorted := append([]string(nil), leaves...)
	sort.Strings(sorted)
	fmt.Printf("leaf order %v, sorted %v\n", leaves, sorted)

	names2 := []string{"a", "b", "c", "d", "e"}
	d2 := [][]float64{
		{0, 17, 21, 31, 23},
		{17, 0, 30, 34, 21},
		{21, 30, 0, 28, 39},
		{31, 34, 28, 0, 43},
		{23, 21, 39, 43, 0},
	}
	t2 := UPGMA(names2, d2)
	fmt.Println("newick:", t2.Newick())
	fmt.Printf("root height %.3f, size %d\n", t2.Height, t2.Size)
}
