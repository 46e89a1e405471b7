package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type CycleError struct {
	Path []string
}

func (e *CycleError) Error() string {
	return "dependency cycle: " + strings.Join(e.Path, " -> ")
}

type DAG map[string][]string // node -> things it must come before

func (d DAG) nodes() []string {
	set := map[string]bool{}
	for k, vs := range d {
		set[k] = true
		for _, v := range vs {
			set[v] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}

// Kahn's algorithm; ties broken alphabetically for stable output.
func (d DAG) Kahn() ([]string, error) {
	indeg := map[string]int{}
	for _, n := range d.nodes() {
		indeg[n] += 0
		for _, m := range d[n] {
			indeg[m]++
		}
	}
	var ready, order []string
	for _, n := range d.nodes() {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		slices.Sort(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, m := range d[n] {
			indeg[m]--
			if indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, errors.New("graph has a cycle")
	}
	return order, nil
}

// DFS-based sort with white/grey/black colouring that reports the cycle.
func (d DAG) DFSOrder() ([]string, error) {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var stack, post []string
	var visit func(n string) error
	visit = func(n string) error {
		color[n] = grey
		stack = append(stack, n)
		next := slices.Sorted(slices.Values(d[n]))
		for _, m := range next {
			switch color[m] {
			case grey:
				i := slices.Index(stack, m)
				cyc := append(slices.Clone(stack[i:]), m)
				return &CycleError{Path: cyc}
			case white:
				if err := visit(m); err != nil {
					return err
				}
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		post = append(post, n)
		return nil
	}
	for _, n := range d.nodes() {
		if color[n] == white {
			if err := visit(n); err != nil {
				return nil, fmt.Errorf("dfs from %s: %w", n, err)
			}
		}
	}
	slices.Reverse(post)
	return post, nil
}

func main() {
	courses := DAG{
		"intro":      {"datastruct", "discrete"},
		"discrete":   {"algorithms"},
		"datastruct": {"algorithms", "databases"},
		"algorithms": {"compilers", "ai"},
		"databases":  {"web"},
		"linalg":     {"ai", "graphics"},
	}
	order, err := courses.Kahn()
	fmt.Println("Kahn order:", order, "err:", err)
	order, err = courses.DFSOrder()
	fmt.Println("DFS order: ", order, "err:", err)
	pos := map[string]int{}
	for i, c := range order {
		pos[c] = i
	}
	valid := true
	for _, from := range courses.nodes() {
		for _, to := range courses[from] {
			if pos[from] > pos[to] {
				valid = false
			}
		}
	}
	fmt.Println("DFS order respects all edges:", valid)

	build := DAG{
		"app":    {"link"},
		"link":   {"test"},
		"test":   {"deploy", "app"},
		"config": {"app"},
	}
	partial, err := build.Kahn()
	fmt.Printf("Kahn on cyclic graph: partial=%v err=%v\n", partial, err)
	_, err = build.DFSOrder()
	fmt.Println("DFS on cyclic graph:", err)
	var ce *CycleError
	if errors.As(err, &ce) {
		fmt.Printf("cycle has %d distinct nodes: %q\n", len(ce.Path)-1, ce.Path[:len(ce.Path)-1])
	}
}
