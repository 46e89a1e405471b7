package main

import (
	"fmt"
	"math"
	"strings"
)

const Inf = math.MaxInt / 2

type Dist [][]int

func (d Dist) String() string {
	var b strings.Builder
	for _, row := range d {
		for j, v := range row {
			if j > 0 {
				b.WriteByte(' ')
			}
			if v >= Inf {
				b.WriteString("  ∞")
			} else {
				fmt.Fprintf(&b, "%3d", v)
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func floydWarshall(n int, edges [][3]int) (Dist, [][]int) {
	d := make(Dist, n)
	next := make([][]int, n)
	for i := range d {
		d[i] = make([]int, n)
		next[i] = make([]int, n)
		for j := range d[i] {
			d[i][j] = Inf
			next[i][j] = -1
		}
		d[i][i] = 0
		next[i][i] = i
	}
	for _, e := range edges {
		d[e[0]][e[1]] = e[2]
		next[e[0]][e[1]] = e[1]
	}
	for k := range n {
		for i := range n {
			for j := range n {
				if d[i][k] < Inf && d[k][j] < Inf && d[i][k]+d[k][j] < d[i][j] {
					d[i][j] = d[i][k] + d[k][j]
					next[i][j] = next[i][k]
				}
			}
		}
	}
	return d, next
}

func path(next [][]int, u, v int) ([]int, error) {
	if next[u][v] < 0 {
		return nil, fmt.Errorf("no path from %d to %d", u, v)
	}
	p := []int{u}
	for u != v {
		u = next[u][v]
		p = append(p, u)
	}
	return p, nil
}

func main() {
	edges := [][3]int{{0, 1, 3}, {0, 2, 8}, {0, 4, -4}, {1, 3, 1}, {1, 4, 7}, {2, 1, 4}, {3, 0, 2}, {3, 2, -5}, {4, 3, 6}}
	d, next := floydWarshall(6, edges)
	fmt.Print(d)
	for _, q := range [][2]int{{0, 2}, {2, 4}, {4, 1}, {0, 5}, {5, 5}} {
		p, err := path(next, q[0], q[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%d->%d cost %d via %v\n", q[0], q[1], d[q[0]][q[1]], p)
	}
}
