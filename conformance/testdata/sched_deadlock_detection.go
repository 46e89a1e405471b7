package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// System records which process holds each resource and what each process waits for.
type System struct {
	holder  map[string]string   // resource -> process
	waiting map[string][]string // process -> resources requested
	cost    map[string]int      // cost of killing a process
}

// WaitFor builds the wait-for graph: P -> Q when P waits on a resource Q holds.
func (s *System) WaitFor() map[string][]string {
	g := map[string][]string{}
	for p, rs := range s.waiting {
		for _, r := range rs {
			if h, ok := s.holder[r]; ok && h != p {
				g[p] = append(g[p], h)
			}
		}
		slices.Sort(g[p])
	}
	return g
}

// FindCycle returns one cycle in the graph, or nil when deadlock-free.
func FindCycle(g map[string][]string) []string {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var stack []string
	var cycle []string

	var visit func(n string) bool
	visit = func(n string) bool {
		color[n] = grey
		stack = append(stack, n)
		for _, m := range g[n] {
			switch color[m] {
			case grey:
				i := slices.Index(stack, m)
				cycle = append([]string(nil), stack[i:]...)
				return true
			case white:
				if visit(m) {
					return true
				}
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		return false
	}

	nodes := make([]string, 0, len(g))
	for n := range g {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	for _, n := range nodes {
		if color[n] == white && visit(n) {
			return cycle
		}
	}
	return nil
}

// Kill terminates a process, releasing everything it holds.
func (s *System) Kill(p string) []string {
	var freed []string
	for r, h := range s.holder {
		if h == p {
			freed = append(freed, r)
			delete(s.holder, r)
		}
	}
	delete(s.waiting, p)
	sort.Strings(freed)
	return freed
}

func main() {
	s := &System{
		holder: map[string]string{
			"disk": "P1", "printer": "P2", "tape": "P3", "modem": "P4", "scanner": "P5",
		},
		waiting: map[string][]string{
			"P1": {"printer"},
			"P2": {"tape", "scanner"},
			"P3": {"disk"},
			"P4": {"disk"},
			"P5": {"modem"},
		},
		cost: map[string]int{"P1": 5, "P2": 8, "P3": 2, "P4": 1, "P5": 9},
	}

	for round := 1; ; round++ {
		g := s.WaitFor()
		keys := make([]string, 0, len(g))
		for k := range g {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("round %d wait-for graph:\n", round)
		for _, k := range keys {
			fmt.Printf("  %s -> %s\n", k, strings.Join(g[k], ", "))
		}
		cycle := FindCycle(g)
		if cycle == nil {
			fmt.Println("no deadlock detected")
			break
		}
		fmt.Printf("deadlock: %s -> %s\n", strings.Join(cycle, " -> "), cycle[0])

		victim := cycle[0]
		for _, p := range cycle {
			if s.cost[p] < s.cost[victim] {
				victim = p
			}
		}
		freed := s.Kill(victim)
		fmt.Printf("killing %s (cost %d), freed %v\n", victim, s.cost[victim], freed)
	}
}
