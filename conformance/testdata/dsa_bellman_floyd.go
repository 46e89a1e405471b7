package main

import (
	"fmt"
	"strings"
)

const inf = 1 << 40

type edge struct{ from, to, w int }

// bellmanFord returns distances, predecessors and whether a negative cycle is reachable.
func bellmanFord(n int, edges []edge, src int) ([]int, []int, bool) {
	dist, pred := make([]int, n), make([]int, n)
	for i := range dist {
		dist[i], pred[i] = inf, -1
	}
	dist[src] = 0
	for round := 0; round < n-1; round++ {
		changed := false
		for _, e := range edges {
			if dist[e.from] != inf && dist[e.from]+e.w < dist[e.to] {
				dist[e.to], pred[e.to] = dist[e.from]+e.w, e.from
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for _, e := range edges {
		if dist[e.from] != inf && dist[e.from]+e.w < dist[e.to] {
			return dist, pred, true
		}
	}
	return dist, pred, false
}

func floydWarshall(n int, edges []edge) ([][]int, [][]int) {
	d, next := make([][]int, n), make([][]int, n)
	for i := range d {
		d[i], next[i] = make([]int, n), make([]int, n)
		for j := range d[i] {
			d[i][j], next[i][j] = inf, -1
		}
		d[i][i], next[i][i] = 0, i
	}
	for _, e := range edges {
		d[e.from][e.to], next[e.from][e.to] = e.w, e.to
	}
	for k := 0; k < n; k++ {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if d[i][k] != inf && d[k][j] != inf && d[i][k]+d[k][j] < d[i][j] {
					d[i][j], next[i][j] = d[i][k]+d[k][j], next[i][k]
				}
			}
		}
	}
	return d, next
}

func fwPath(next [][]int, u, v int) []int {
	if next[u][v] == -1 {
		return nil
	}
	path := []int{u}
	for u != v {
		u = next[u][v]
		path = append(path, u)
	}
	return path
}

func fmtDist(d int) string {
	if d == inf {
		return "INF"
	}
	return fmt.Sprint(d)
}

func main() {
	edges := []edge{
		{0, 1, 4}, {0, 2, 5}, {1, 2, -3}, {2, 3, 4}, {3, 1, 2},
		{1, 4, 6}, {3, 4, 1}, {4, 5, -2}, {2, 5, 9},
	}
	n := 7
	dist, pred, neg := bellmanFord(n, edges, 0)
	fmt.Println("Bellman-Ford from 0, negative cycle:", neg)
	for v := 0; v < n; v++ {
		var path []string
		for u := v; u != -1 && dist[v] != inf; u = pred[u] {
			path = append([]string{fmt.Sprint(u)}, path...)
		}
		fmt.Printf("  to %d: %4s  path=%s\n", v, fmtDist(dist[v]), strings.Join(path, ">"))
	}

	bad := append(edges, edge{5, 3, -4})
	_, _, neg = bellmanFord(n, bad, 0)
	fmt.Println("with edge 5->3 (-4), negative cycle:", neg)

	d, next := floydWarshall(n, edges)
	fmt.Print("FW  ")
	for j := 0; j < n; j++ {
		fmt.Printf("%4d", j)
	}
	fmt.Println()
	for i := 0; i < n; i++ {
		fmt.Printf("%3d ", i)
		for j := 0; j < n; j++ {
			fmt.Printf("%4s", fmtDist(d[i][j]))
		}
		fmt.Println()
	}
	for _, q := range [][2]int{{0, 5}, {3, 2}, {2, 1}, {5, 0}} {
		fmt.Printf("path %d->%d cost=%s nodes=%v\n", q[0], q[1], fmtDist(d[q[0]][q[1]]), fwPath(next, q[0], q[1]))
	}
}
