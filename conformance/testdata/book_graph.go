// Section 4.3: a graph as map[string]map[string]bool, with reachability.
package main

import (
	"fmt"
	"slices"
)

var graph = make(map[string]map[string]bool)

func addEdge(from, to string) {
	edges := graph[from]
	if edges == nil {
		edges = make(map[string]bool)
		graph[from] = edges
	}
	edges[to] = true
}

func hasEdge(from, to string) bool {
	return graph[from][to]
}

// reachable does a breadth-first search from start.
func reachable(start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		next := make([]string, 0, len(graph[n]))
		for m := range graph[n] {
			next = append(next, m)
		}
		slices.Sort(next)
		for _, m := range next {
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	return order
}

func main() {
	edges := [][2]string{
		{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"},
		{"d", "e"}, {"e", "b"}, {"f", "g"}, {"g", "f"}, {"a", "b"},
	}
	for _, e := range edges {
		addEdge(e[0], e[1])
	}
	fmt.Println("graph:", graph)
	for _, q := range [][2]string{{"a", "b"}, {"b", "a"}, {"e", "b"}, {"x", "y"}, {"f", "g"}} {
		fmt.Printf("hasEdge(%s, %s) = %t\n", q[0], q[1], hasEdge(q[0], q[1]))
	}
	for _, s := range []string{"a", "d", "f", "z"} {
		fmt.Printf("reachable from %s: %v\n", s, reachable(s))
	}
	fmt.Println("nodes with outgoing edges:", len(graph))
	fmt.Println("lookup of missing node is nil:", graph["nope"] == nil, len(graph["nope"]))
}
