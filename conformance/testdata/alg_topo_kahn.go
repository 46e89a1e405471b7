package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type CycleError struct{ Remaining []string }

func (e CycleError) Error() string {
	return "cycle among: " + strings.Join(e.Remaining, ", ")
}

type DAG struct {
	nodes map[string]bool
	out   map[string][]string
	indeg map[string]int
}

func NewDAG() *DAG {
	return &DAG{nodes: map[string]bool{}, out: map[string][]string{}, indeg: map[string]int{}}
}

func (g *DAG) Add(before, after string) {
	g.nodes[before], g.nodes[after] = true, true
	g.out[before] = append(g.out[before], after)
	g.indeg[after]++
}

// Sort is Kahn's algorithm; ties broken lexicographically for determinism.
func (g *DAG) Sort() ([]string, error) {
	indeg := map[string]int{}
	var ready []string
	for n := range g.nodes {
		indeg[n] = g.indeg[n]
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	slices.Sort(ready)
	var order []string
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, m := range g.out[n] {
			indeg[m]--
			if indeg[m] == 0 {
				i, _ := slices.BinarySearch(ready, m)
				ready = slices.Insert(ready, i, m)
			}
		}
	}
	if len(order) < len(g.nodes) {
		var rest []string
		for n, d := range indeg {
			if d > 0 {
				rest = append(rest, n)
			}
		}
		slices.Sort(rest)
		return order, CycleError{rest}
	}
	return order, nil
}

func main() {
	g := NewDAG()
	for _, e := range [][2]string{
		{"undershorts", "pants"}, {"undershorts", "shoes"}, {"pants", "belt"}, {"pants", "shoes"},
		{"shirt", "belt"}, {"shirt", "tie"}, {"tie", "jacket"}, {"belt", "jacket"}, {"socks", "shoes"},
		{"watch", "watch_strap"},
	} {
		g.Add(e[0], e[1])
	}
	order, err := g.Sort()
	fmt.Println(strings.Join(order, " -> "), err)

	c := NewDAG()
	c.Add("a", "b")
	c.Add("b", "c")
	c.Add("c", "d")
	c.Add("d", "b")
	c.Add("x", "a")
	order, err = c.Sort()
	fmt.Println("partial:", order)
	var ce CycleError
	if errors.As(err, &ce) {
		fmt.Println("error:", ce, "count", len(ce.Remaining))
	}
}
