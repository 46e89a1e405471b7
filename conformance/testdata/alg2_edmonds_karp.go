package main

import (
	"fmt"
	"strings"
)

type flowNet struct {
	n   int
	cap [][]int
	flw [][]int
}

func newFlowNet(n int) *flowNet {
	f := &flowNet{n: n, cap: make([][]int, n), flw: make([][]int, n)}
	for i := range n {
		f.cap[i] = make([]int, n)
		f.flw[i] = make([]int, n)
	}
	return f
}

func (f *flowNet) residual(u, v int) int { return f.cap[u][v] - f.flw[u][v] }

// bfs returns the parent array of a shortest augmenting path search.
func (f *flowNet) bfs(s int) []int {
	parent := make([]int, f.n)
	for i := range parent {
		parent[i] = -1
	}
	parent[s] = s
	queue := []int{s}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for v := range f.n {
			if parent[v] == -1 && f.residual(u, v) > 0 {
				parent[v] = u
				queue = append(queue, v)
			}
		}
	}
	return parent
}

func (f *flowNet) maxFlow(s, t int, names string) int {
	total := 0
	for {
		parent := f.bfs(s)
		if parent[t] == -1 {
			return total
		}
		bottleneck := 1 << 30
		var path []string
		for v := t; v != s; v = parent[v] {
			bottleneck = min(bottleneck, f.residual(parent[v], v))
			path = append(path, string(names[v]))
		}
		path = append(path, string(names[s]))
		for v := t; v != s; v = parent[v] {
			u := parent[v]
			f.flw[u][v] += bottleneck
			f.flw[v][u] -= bottleneck
		}
		for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
			path[i], path[j] = path[j], path[i]
		}
		total += bottleneck
		fmt.Printf("augment %-14s by %2d (total %d)\n", strings.Join(path, "->"), bottleneck, total)
	}
}

func main() {
	names := "sabcdt"
	f := newFlowNet(len(names))
	edges := []struct{ u, v, c int }{
		{0, 1, 16}, {0, 2, 13}, {1, 2, 10}, {2, 1, 4}, {1, 3, 12},
		{3, 2, 9}, {2, 4, 14}, {4, 3, 7}, {3, 5, 20}, {4, 5, 4},
	}
	for _, e := range edges {
		f.cap[e.u][e.v] += e.c
	}
	flow := f.maxFlow(0, 5, names)
	fmt.Println("max flow:", flow)

	parent := f.bfs(0)
	var sSide, tSide []string
	for v := range f.n {
		if parent[v] != -1 {
			sSide = append(sSide, string(names[v]))
		} else {
			tSide = append(tSide, string(names[v]))
		}
	}
	fmt.Println("min cut S:", sSide, "T:", tSide)
	cutCap := 0
	for _, e := range edges {
		if parent[e.u] != -1 && parent[e.v] == -1 {
			cutCap += e.c
			fmt.Printf("  cut edge %c->%c cap %d\n", names[e.u], names[e.v], e.c)
		}
	}
	fmt.Println("cut capacity:", cutCap, "equals flow:", cutCap == flow)
	for _, e := range edges {
		fmt.Printf("  flow %c->%c %2d/%2d\n", names[e.u], names[e.v], max(f.flw[e.u][e.v], 0), e.c)
	}
}
