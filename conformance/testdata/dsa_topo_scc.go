package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type minHeap []string

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(string)) }
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// kahn returns the lexicographically smallest topological order, or an error on a cycle.
func kahn(deps map[string][]string) ([]string, error) {
	indeg := map[string]int{}
	for u, vs := range deps {
		if _, ok := indeg[u]; !ok {
			indeg[u] = 0
		}
		for _, v := range vs {
			indeg[v]++
		}
	}
	h := &minHeap{}
	for node, d := range indeg {
		if d == 0 {
			heap.Push(h, node)
		}
	}
	var order []string
	for h.Len() > 0 {
		u := heap.Pop(h).(string)
		order = append(order, u)
		for _, v := range deps[u] {
			if indeg[v]--; indeg[v] == 0 {
				heap.Push(h, v)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, fmt.Errorf("cycle detected: %d of %d nodes ordered", len(order), len(indeg))
	}
	return order, nil
}

// tarjan returns strongly connected components in reverse topological order.
func tarjan(n int, adj [][]int) [][]int {
	index, low := make([]int, n), make([]int, n)
	onStack := make([]bool, n)
	for i := range index {
		index[i] = -1
	}
	var stack []int
	var comps [][]int
	counter := 0
	var strong func(v int)
	strong = func(v int) {
		index[v], low[v] = counter, counter
		counter++
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range adj[v] {
			if index[w] == -1 {
				strong(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			var comp []int
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			sort.Ints(comp)
			comps = append(comps, comp)
		}
	}
	for v := 0; v < n; v++ {
		if index[v] == -1 {
			strong(v)
		}
	}
	return comps
}

func main() {
	courses := map[string][]string{
		"intro":      {"datastruct", "discrete"},
		"discrete":   {"algorithms", "logic"},
		"datastruct": {"algorithms", "databases"},
		"algorithms": {"compilers", "ai"},
		"logic":      {"ai"},
		"databases":  {},
		"compilers":  {},
	}
	order, err := kahn(courses)
	fmt.Println("order:", strings.Join(order, " -> "), "err:", err)
	courses["ai"] = []string{"discrete"}
	order, err = kahn(courses)
	fmt.Printf("with cycle: partial=%v\n  err=%v\n", order, err)

	adj := [][]int{
		0: {1}, 1: {2, 4}, 2: {0, 3}, 3: {5}, 4: {5, 6},
		5: {3, 7}, 6: {4, 7}, 7: {}, 8: {7, 9}, 9: {8},
	}
	comps := tarjan(len(adj), adj)
	fmt.Printf("SCC count=%d\n", len(comps))
	compOf := make([]int, len(adj))
	for i, c := range comps {
		fmt.Printf("  scc %d: %v\n", i, c)
		for _, v := range c {
			compOf[v] = i
		}
	}
	type link struct{ from, to int }
	seen := map[link]bool{}
	var dag []link
	for u, vs := range adj {
		for _, v := range vs {
			l := link{compOf[u], compOf[v]}
			if l.from != l.to && !seen[l] {
				seen[l] = true
				dag = append(dag, l)
			}
		}
	}
	slices.SortFunc(dag, func(a, b link) int { return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(a.to, b.to)) })
	fmt.Printf("condensed DAG edges: %+v\n", dag)
}
