// A build system: jobs with dependencies, topologically sorted (Kahn's
// algorithm with a sorted ready set), then "executed" level by level.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Job struct {
	Name     string
	Deps     []string
	Cost     int
	children []*Job
}

type Graph struct {
	jobs map[string]*Job
}

type CycleError struct{ Remaining []string }

func (e *CycleError) Error() string {
	return "dependency cycle among: " + strings.Join(e.Remaining, ", ")
}

var ErrUnknownDep = errors.New("unknown dependency")

func NewGraph(specs map[string][]string, costs map[string]int) (*Graph, error) {
	g := &Graph{jobs: map[string]*Job{}}
	for name, deps := range specs {
		g.jobs[name] = &Job{Name: name, Deps: deps, Cost: costs[name]}
	}
	for _, j := range g.jobs {
		for _, d := range j.Deps {
			p, ok := g.jobs[d]
			if !ok {
				return nil, fmt.Errorf("job %s needs %s: %w", j.Name, d, ErrUnknownDep)
			}
			p.children = append(p.children, j)
		}
	}
	return g, nil
}

// Levels returns the jobs grouped into waves that can run in parallel.
func (g *Graph) Levels() ([][]string, error) {
	indeg := map[string]int{}
	for n, j := range g.jobs {
		indeg[n] = len(j.Deps)
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	var levels [][]string
	done := 0
	for len(ready) > 0 {
		sort.Strings(ready)
		levels = append(levels, ready)
		done += len(ready)
		var next []string
		for _, n := range ready {
			for _, c := range g.jobs[n].children {
				indeg[c.Name]--
				if indeg[c.Name] == 0 {
					next = append(next, c.Name)
				}
			}
		}
		ready = next
	}
	if done != len(g.jobs) {
		var rem []string
		for n, d := range indeg {
			if d > 0 {
				rem = append(rem, n)
			}
		}
		sort.Strings(rem)
		return levels, &CycleError{rem}
	}
	return levels, nil
}

func run(label string, specs map[string][]string, costs map[string]int) {
	fmt.Printf("== %s\n", label)
	g, err := NewGraph(specs, costs)
	if err != nil {
		fmt.Println("  error:", err, "| unknown dep:", errors.Is(err, ErrUnknownDep))
		return
	}
	levels, err := g.Levels()
	var ce *CycleError
	if errors.As(err, &ce) {
		fmt.Printf("  error: %v (%d jobs stuck)\n", ce, len(ce.Remaining))
		return
	}
	clock := 0
	for i, lvl := range levels {
		longest := 0
		for _, n := range lvl {
			longest = max(longest, g.jobs[n].Cost)
		}
		fmt.Printf("  wave %d at t=%2d: %s (takes %d)\n", i+1, clock, strings.Join(lvl, " "), longest)
		clock += longest
	}
	fmt.Printf("  finished at t=%d\n", clock)
}

func main() {
	costs := map[string]int{"fetch": 3, "proto": 2, "lib": 5, "cli": 4, "server": 6,
		"test": 7, "docs": 2, "package": 3, "lint": 1}
	run("build", map[string][]string{
		"fetch":   nil,
		"lint":    nil,
		"proto":   {"fetch"},
		"lib":     {"fetch", "proto"},
		"cli":     {"lib"},
		"server":  {"lib", "proto"},
		"test":    {"cli", "server", "lint"},
		"docs":    {"lib"},
		"package": {"test", "docs"},
	}, costs)
	run("cyclic", map[string][]string{
		"fetch": nil,
		"a":     {"fetch", "c"},
		"b":     {"a"},
		"c":     {"b"},
		"d":     {"fetch"},
	}, costs)
	run("broken", map[string][]string{
		"cli": {"libx"},
	}, costs)
}
