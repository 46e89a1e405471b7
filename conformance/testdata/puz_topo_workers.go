package main

import (
	"fmt"
	"slices"
	"strings"
)

const input = `Step C must be finished before step A can begin.
Step C must be finished before step F can begin.
Step A must be finished before step B can begin.
Step A must be finished before step D can begin.
Step B must be finished before step E can begin.
Step D must be finished before step E can begin.
Step F must be finished before step E can begin.`

type Graph struct {
	deps  map[byte][]byte
	nodes []byte
}

func ParseGraph(s string) Graph {
	g := Graph{deps: map[byte][]byte{}}
	seen := map[byte]bool{}
	for _, line := range strings.Split(s, "\n") {
		var a, b byte
		fmt.Sscanf(line, "Step %c must be finished before step %c can begin.", &a, &b)
		g.deps[b] = append(g.deps[b], a)
		for _, n := range []byte{a, b} {
			if !seen[n] {
				seen[n] = true
				g.nodes = append(g.nodes, n)
			}
		}
	}
	slices.Sort(g.nodes)
	return g
}

func (g Graph) ready(done map[byte]bool, taken map[byte]bool) []byte {
	var out []byte
	for _, n := range g.nodes {
		if done[n] || taken[n] {
			continue
		}
		if !slices.ContainsFunc(g.deps[n], func(d byte) bool { return !done[d] }) {
			out = append(out, n)
		}
	}
	return out
}

func (g Graph) Order() string {
	done := map[byte]bool{}
	var order []byte
	for len(order) < len(g.nodes) {
		n := g.ready(done, nil)[0]
		done[n] = true
		order = append(order, n)
	}
	return string(order)
}

type job struct {
	step byte
	left int
}

func (g Graph) Time(workers, base int) int {
	done, taken := map[byte]bool{}, map[byte]bool{}
	var active []job
	t := 0
	for len(done) < len(g.nodes) {
		for _, n := range g.ready(done, taken) {
			if len(active) == workers {
				break
			}
			taken[n] = true
			active = append(active, job{n, base + int(n-'A') + 1})
		}
		t++
		for i := range active {
			active[i].left--
			if active[i].left == 0 {
				done[active[i].step] = true
			}
		}
		active = slices.DeleteFunc(active, func(j job) bool { return j.left == 0 })
	}
	return t
}

func main() {
	g := ParseGraph(input)
	fmt.Println("part 1:", g.Order())
	fmt.Println("part 2:", g.Time(2, 0))
}
