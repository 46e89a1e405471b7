package main

import (
	"fmt"
	"math"
	"strings"
)

// Matrix-based Prim's algorithm, O(V^2), good for dense graphs.
type WeightMatrix [][]float64

var inf = math.Inf(1)

func NewMatrix(n int) WeightMatrix {
	m := make(WeightMatrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		for j := range m[i] {
			if i != j {
				m[i][j] = inf
			}
		}
	}
	return m
}

func (m WeightMatrix) Connect(a, b int, w float64) {
	m[a][b], m[b][a] = w, w
}

type TreeEdge struct {
	From, To int
	W        float64
}

func (e TreeEdge) String() string { return fmt.Sprintf("%c-%c:%.1f", 'A'+e.From, 'A'+e.To, e.W) }

func Prim(m WeightMatrix, start int) ([]TreeEdge, float64, error) {
	n := len(m)
	inTree := make([]bool, n)
	best := make([]float64, n)
	parent := make([]int, n)
	for i := range best {
		best[i] = inf
		parent[i] = -1
	}
	best[start] = 0
	var edges []TreeEdge
	total := 0.0
	for range n {
		u := -1
		for v := range n {
			if !inTree[v] && (u == -1 || best[v] < best[u]) {
				u = v
			}
		}
		if math.IsInf(best[u], 1) {
			return edges, total, fmt.Errorf("graph disconnected: vertex %c unreachable", 'A'+u)
		}
		inTree[u] = true
		if parent[u] >= 0 {
			edges = append(edges, TreeEdge{parent[u], u, best[u]})
			total += best[u]
		}
		for v := range n {
			if !inTree[v] && m[u][v] < best[v] {
				best[v] = m[u][v]
				parent[v] = u
			}
		}
	}
	return edges, total, nil
}

func (m WeightMatrix) String() string {
	var sb strings.Builder
	sb.WriteString("   ")
	for j := range m {
		fmt.Fprintf(&sb, "%5c", 'A'+j)
	}
	sb.WriteByte('\n')
	for i, row := range m {
		fmt.Fprintf(&sb, "%c: ", 'A'+i)
		for _, w := range row {
			if math.IsInf(w, 1) {
				sb.WriteString("    -")
			} else {
				fmt.Fprintf(&sb, "%5.1f", w)
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	m := NewMatrix(6)
	m.Connect(0, 1, 2.5)
	m.Connect(0, 3, 6)
	m.Connect(1, 2, 3)
	m.Connect(1, 3, 8)
	m.Connect(1, 4, 5)
	m.Connect(2, 4, 7)
	m.Connect(3, 4, 9)
	m.Connect(4, 5, 1.5)
	m.Connect(2, 5, 4)
	fmt.Print(m)
	for _, s := range []int{0, 5} {
		edges, total, err := Prim(m, s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("start %c: %v total=%.1f\n", 'A'+s, edges, total)
	}

	d := NewMatrix(4)
	d.Connect(0, 1, 1)
	d.Connect(2, 3, 1)
	edges, total, err := Prim(d, 0)
	fmt.Printf("disconnected: partial=%v total=%.1f err=%v\n", edges, total, err)
}
