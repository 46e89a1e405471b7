package main

import (
	"fmt"
	"strings"
)

const inf = 1 << 40

type allPairs struct {
	dist [][]int
	next [][]int
}

func floydWarshall(n int, edges [][3]int) *allPairs {
	ap := &allPairs{dist: make([][]int, n), next: make([][]int, n)}
	for i := range n {
		ap.dist[i] = make([]int, n)
		ap.next[i] = make([]int, n)
		for j := range n {
			ap.dist[i][j], ap.next[i][j] = inf, -1
		}
		ap.dist[i][i], ap.next[i][i] = 0, i
	}
	for _, e := range edges {
		ap.dist[e[0]][e[1]] = e[2]
		ap.next[e[0]][e[1]] = e[1]
	}
	for k := range n {
		for i := range n {
			for j := range n {
				if ap.dist[i][k] < inf && ap.dist[k][j] < inf && ap.dist[i][k]+ap.dist[k][j] < ap.dist[i][j] {
					ap.dist[i][j] = ap.dist[i][k] + ap.dist[k][j]
					ap.next[i][j] = ap.next[i][k]
				}
			}
		}
	}
	return ap
}

func (ap *allPairs) Path(u, v int) ([]int, bool) {
	if ap.next[u][v] == -1 {
		return nil, false
	}
	p := []int{u}
	for u != v {
		u = ap.next[u][v]
		p = append(p, u)
	}
	return p, true
}

func (ap *allPairs) String() string {
	var sb strings.Builder
	for _, row := range ap.dist {
		for _, d := range row {
			if d >= inf {
				sb.WriteString("   inf")
			} else {
				fmt.Fprintf(&sb, "%6d", d)
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func transitiveClosure(n int, edges [][3]int) [][]bool {
	reach := make([][]bool, n)
	for i := range reach {
		reach[i] = make([]bool, n)
		reach[i][i] = true
	}
	for _, e := range edges {
		reach[e[0]][e[1]] = true
	}
	for k := range n {
		for i := range n {
			for j := range n {
				reach[i][j] = reach[i][j] || (reach[i][k] && reach[k][j])
			}
		}
	}
	return reach
}

func main() {
	edges := [][3]int{
		{0, 1, 3}, {0, 2, 8}, {0, 4, -4}, {1, 3, 1}, {1, 4, 7},
		{2, 1, 4}, {3, 0, 2}, {3, 2, -5}, {4, 3, 6}, {5, 0, 1},
	}
	n := 6
	ap := floydWarshall(n, edges)
	fmt.Print("distance matrix:\n", ap)
	for _, q := range [][2]int{{0, 2}, {2, 4}, {4, 1}, {5, 2}, {1, 5}} {
		if p, ok := ap.Path(q[0], q[1]); ok {
			fmt.Printf("path %d->%d cost %d: %v\n", q[0], q[1], ap.dist[q[0]][q[1]], p)
		} else {
			fmt.Printf("path %d->%d: none\n", q[0], q[1])
		}
	}
	reach := transitiveClosure(n, edges)
	fmt.Println("reachability:")
	for i, row := range reach {
		var sb strings.Builder
		for _, r := range row {
			if r {
				sb.WriteByte('1')
			} else {
				sb.WriteByte('0')
			}
		}
		fmt.Printf("  %d: %s\n", i, sb.String())
	}
}
