package main

import (
	"errors"
	"fmt"
)

type FlowNetwork struct {
	n   int
	cap [][]int
	adj [][]int
}

func NewFlowNetwork(n int) *FlowNetwork {
	c := make([][]int, n)
	for i := range c {
		c[i] = make([]int, n)
	}
	return &FlowNetwork{n: n, cap: c, adj: make([][]int, n)}
}

func (f *FlowNetwork) AddEdge(u, v, c int) {
	if f.cap[u][v] == 0 && f.cap[v][u] == 0 {
		f.adj[u] = append(f.adj[u], v)
		f.adj[v] = append(f.adj[v], u)
	}
	f.cap[u][v] += c
}

func (f *FlowNetwork) MaxFlow(s, t int) (int, error) {
	if s == t {
		return 0, errors.New("source equals sink")
	}
	flow := 0
	for round := 1; ; round++ {
		parent := make([]int, f.n)
		for i := range parent {
			parent[i] = -1
		}
		parent[s] = s
		q := []int{s}
		for len(q) > 0 && parent[t] < 0 {
			u := q[0]
			q = q[1:]
			for _, v := range f.adj[u] {
				if parent[v] < 0 && f.cap[u][v] > 0 {
					parent[v] = u
					q = append(q, v)
				}
			}
		}
		if parent[t] < 0 {
			break
		}
		bottleneck := 1 << 62
		for v := t; v != s; v = parent[v] {
			bottleneck = min(bottleneck, f.cap[parent[v]][v])
		}
		path := []int{t}
		for v := t; v != s; v = parent[v] {
			f.cap[parent[v]][v] -= bottleneck
			f.cap[v][parent[v]] += bottleneck
			path = append([]int{parent[v]}, path...)
		}
		fmt.Printf("round %d: augment %d along %v\n", round, bottleneck, path)
		flow += bottleneck
	}
	return flow, nil
}

func main() {
	// CLRS figure 26.1: s=0, v1..v4 = 1..4, t=5
	g := NewFlowNetwork(6)
	for _, e := range [][3]int{{0, 1, 16}, {0, 2, 13}, {2, 1, 4}, {1, 3, 12}, {3, 2, 9}, {2, 4, 14}, {4, 3, 7}, {3, 5, 20}, {4, 5, 4}} {
		g.AddEdge(e[0], e[1], e[2])
	}
	flow, err := g.MaxFlow(0, 5)
	fmt.Println("max flow:", flow, err)
	// min cut: vertices reachable from source in residual graph
	seen := make([]bool, g.n)
	stack := []int{0}
	seen[0] = true
	for len(stack) > 0 {
		u := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, v := range g.adj[u] {
			if !seen[v] && g.cap[u][v] > 0 {
				seen[v] = true
				stack = append(stack, v)
			}
		}
	}
	fmt.Println("source side of min cut:", seen)
	_, err = g.MaxFlow(2, 2)
	fmt.Println("error:", err)
}
