package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Task struct {
	Name     string
	Deps     []string
	Cost     int
	Optional bool
}

type Graph struct {
	tasks map[string]Task
}

type MissingDepError struct{ Task, Dep string }

func (e MissingDepError) Error() string {
	return fmt.Sprintf("task %q needs unknown %q", e.Task, e.Dep)
}

var ErrCycle = errors.New("dependency cycle")

func NewGraph(ts ...Task) *Graph {
	g := &Graph{tasks: map[string]Task{}}
	for _, t := range ts {
		g.tasks[t.Name] = t
	}
	return g
}

// Resolve returns a build order for target using DFS with three colours.
func (g *Graph) Resolve(target string) ([]string, error) {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var order, path []string
	var visit func(n string) error
	visit = func(n string) error {
		switch color[n] {
		case grey:
			i := slices.Index(path, n)
			return fmt.Errorf("%w: %s", ErrCycle, strings.Join(append(path[i:], n), " -> "))
		case black:
			return nil
		}
		t := g.tasks[n]
		color[n] = grey
		path = append(path, n)
		deps := slices.Sorted(slices.Values(t.Deps))
		for _, d := range deps {
			if _, ok := g.tasks[d]; !ok {
				return MissingDepError{n, d}
			}
			if err := visit(d); err != nil {
				return err
			}
		}
		path = path[:len(path)-1]
		color[n] = black
		order = append(order, n)
		return nil
	}
	if _, ok := g.tasks[target]; !ok {
		return nil, fmt.Errorf("resolve: no task %q", target)
	}
	if err := visit(target); err != nil {
		return nil, fmt.Errorf("resolve %s: %w", target, err)
	}
	return order, nil
}

// Levels groups tasks so that each level only depends on earlier ones.
func (g *Graph) Levels(order []string) [][]string {
	level := map[string]int{}
	var out [][]string
	for _, n := range order {
		l := 0
		for _, d := range g.tasks[n].Deps {
			l = max(l, level[d]+1)
		}
		level[n] = l
		if l == len(out) {
			out = append(out, nil)
		}
		out[l] = append(out[l], n)
	}
	return out
}

func main() {
	g := NewGraph(
		Task{Name: "fetch", Cost: 3},
		Task{Name: "configure", Deps: []string{"fetch"}, Cost: 1},
		Task{Name: "compile", Deps: []string{"configure", "codegen"}, Cost: 8},
		Task{Name: "codegen", Deps: []string{"fetch"}, Cost: 2},
		Task{Name: "test", Deps: []string{"compile"}, Cost: 5},
		Task{Name: "docs", Deps: []string{"configure"}, Cost: 2, Optional: true},
		Task{Name: "package", Deps: []string{"test", "docs"}, Cost: 1},
		Task{Name: "lint", Deps: []string{"style"}},
		Task{Name: "a", Deps: []string{"b"}}, Task{Name: "b", Deps: []string{"c"}}, Task{Name: "c", Deps: []string{"a"}},
	)
	for _, target := range []string{"package", "codegen", "lint", "a", "deploy"} {
		order, err := g.Resolve(target)
		var md MissingDepError
		switch {
		case errors.As(err, &md):
			fmt.Printf("%-8s missing: %v (dep=%s)\n", target, err, md.Dep)
		case errors.Is(err, ErrCycle):
			fmt.Printf("%-8s cycle: %v\n", target, err)
		case err != nil:
			fmt.Printf("%-8s error: %v\n", target, err)
		default:
			cost := 0
			for _, n := range order {
				cost += g.tasks[n].Cost
			}
			fmt.Printf("%-8s order=%v cost=%d\n", target, order, cost)
			for i, lvl := range g.Levels(order) {
				fmt.Printf("         level %d: %s\n", i, strings.Join(lvl, ", "))
			}
		}
	}
}
