package main

import (
	"fmt"
	"slices"
)

type Network struct {
	names []string
	idx   map[string]int
	cap   [][]int
	flow  [][]int
}

func NewNetwork(nodes ...string) *Network {
	n := &Network{names: nodes, idx: map[string]int{}}
	for i, s := range nodes {
		n.idx[s] = i
	}
	n.cap = make([][]int, len(nodes))
	n.flow = make([][]int, len(nodes))
	for i := range nodes {
		n.cap[i] = make([]int, len(nodes))
		n.flow[i] = make([]int, len(nodes))
	}
	return n
}

func (n *Network) Lane(from, to string, trucksPerDay int) {
	n.cap[n.idx[from]][n.idx[to]] += trucksPerDay
}

func (n *Network) residual(u, v int) int { return n.cap[u][v] - n.flow[u][v] }

// augment finds a shortest path with spare capacity using BFS.
func (n *Network) augment(s, t int) (int, []int) {
	prev := make([]int, len(n.names))
	for i := range prev {
		prev[i] = -1
	}
	prev[s] = s
	queue := []int{s}
	for len(queue) > 0 && prev[t] == -1 {
		u := queue[0]
		queue = queue[1:]
		for v := range n.names {
			if prev[v] == -1 && n.residual(u, v) > 0 {
				prev[v] = u
				queue = append(queue, v)
			}
		}
	}
	if prev[t] == -1 {
		return 0, nil
	}
	bottleneck := int(^uint(0) >> 1)
	path := []int{t}
	for v := t; v != s; v = prev[v] {
		bottleneck = min(bottleneck, n.residual(prev[v], v))
		path = append(path, prev[v])
	}
	slices.Reverse(path)
	for i := 0; i+1 < len(path); i++ {
		u, v := path[i], path[i+1]
		n.flow[u][v] += bottleneck
		n.flow[v][u] -= bottleneck
	}
	return bottleneck, path
}

func (n *Network) MaxFlow(src, sink string) int {
	total := 0
	for round := 1; ; round++ {
		f, path := n.augment(n.idx[src], n.idx[sink])
		if f == 0 {
			return total
		}
		total += f
		labels := make([]string, len(path))
		for i, p := range path {
			labels[i] = n.names[p]
		}
		fmt.Printf("round %d: +%d along %v\n", round, f, labels)
	}
}

func main() {
	net := NewNetwork("port", "railhead", "dc_north", "dc_south", "crossdock", "city")
	net.Lane("port", "railhead", 10)
	net.Lane("port", "dc_south", 8)
	net.Lane("railhead", "dc_north", 7)
	net.Lane("railhead", "dc_south", 4)
	net.Lane("dc_south", "crossdock", 9)
	net.Lane("dc_north", "city", 12)
	net.Lane("crossdock", "dc_north", 3)
	net.Lane("crossdock", "city", 7)

	total := net.MaxFlow("port", "city")
	fmt.Println("max trucks per day into city:", total)
	for u := range net.names {
		for v := range net.names {
			if net.cap[u][v] > 0 {
				f := net.flow[u][v]
				mark := ""
				if f == net.cap[u][v] {
					mark = " (saturated)"
				}
				fmt.Printf("  %-9s -> %-9s %2d/%d%s\n", net.names[u], net.names[v], f, net.cap[u][v], mark)
			}
		}
	}
}
