package main

import (
	"fmt"
	"sort"
	"strings"
)

// Task nodes point at each other; the graph may contain cycles, which the
// topological sort detects with a three-colour DFS.

type Task struct {
	Name   string
	Deps   []*Task
	Owners []*Task // reverse edges
	cost   int
}

type Graph struct {
	tasks map[string]*Task
}

func (g *Graph) node(name string) *Task {
	if t, ok := g.tasks[name]; ok {
		return t
	}
	t := &Task{Name: name, cost: len(name)}
	g.tasks[name] = t
	return t
}

func (g *Graph) Depend(a, b string) {
	ta, tb := g.node(a), g.node(b)
	ta.Deps = append(ta.Deps, tb)
	tb.Owners = append(tb.Owners, ta)
}

func (g *Graph) names() []string {
	var ns []string
	for n := range g.tasks {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func (g *Graph) TopoSort() (order []string, cycle []string) {
	const (
		white = iota
		grey
		black
	)
	color := map[*Task]int{}
	var stack []*Task
	var visit func(t *Task) bool
	visit = func(t *Task) bool {
		switch color[t] {
		case grey:
			for i, s := range stack {
				if s == t {
					for _, c := range stack[i:] {
						cycle = append(cycle, c.Name)
					}
					cycle = append(cycle, t.Name)
				}
			}
			return false
		case black:
			return true
		}
		color[t] = grey
		stack = append(stack, t)
		for _, d := range t.Deps {
			if !visit(d) {
				return false
			}
		}
		stack = stack[:len(stack)-1]
		color[t] = black
		order = append(order, t.Name)
		return true
	}
	for _, n := range g.names() {
		if !visit(g.tasks[n]) {
			return nil, cycle
		}
	}
	return order, nil
}

// CriticalPath returns the most expensive chain of dependencies ending at t.
func CriticalPath(t *Task, memo map[*Task]int) int {
	if v, ok := memo[t]; ok {
		return v
	}
	best := 0
	for _, d := range t.Deps {
		best = max(best, CriticalPath(d, memo))
	}
	memo[t] = best + t.cost
	return memo[t]
}

func build(edges string) *Graph {
	g := &Graph{tasks: map[string]*Task{}}
	for _, e := range strings.Fields(edges) {
		a, b, _ := strings.Cut(e, ">")
		g.Depend(a, b)
	}
	return g
}

func main() {
	g := build("app>lib app>config lib>base config>base test>app test>mock mock>base")
	order, cyc := g.TopoSort()
	fmt.Println("order:", order, "cycle:", cyc)
	memo := map[*Task]int{}
	for _, n := range g.names() {
		t := g.tasks[n]
		var owners []string
		for _, o := range t.Owners {
			owners = append(owners, o.Name)
		}
		fmt.Printf("%-6s deps=%d owners=%-16s critical=%d\n", n, len(t.Deps), strings.Join(owners, ","), CriticalPath(t, memo))
	}

	// Pointer identity: the same node reached through different edges.
	app := g.tasks["app"]
	fmt.Println("shared base:", app.Deps[0].Deps[0] == app.Deps[1].Deps[0])
	app.Deps[0].Deps[0].cost = 100
	fmt.Println("base cost via mock:", g.tasks["mock"].Deps[0].cost)

	g2 := build("a>b b>c c>d d>b e>a")
	order, cyc = g2.TopoSort()
	fmt.Println("order:", order, "nil order:", order == nil, "cycle:", strings.Join(cyc, " -> "))
}
