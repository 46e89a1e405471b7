package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Node is a task whose value depends on the values of its dependencies.
type Node struct {
	Name string
	Deps []string
	Cost int
	done chan struct{}
	val  int
}

type Graph struct {
	nodes map[string]*Node
}

func NewGraph() *Graph { return &Graph{nodes: map[string]*Node{}} }

func (g *Graph) Add(name string, cost int, deps ...string) {
	g.nodes[name] = &Node{Name: name, Deps: deps, Cost: cost, done: make(chan struct{})}
}

// Run starts one goroutine per node. Each waits for its dependencies'
// done channels to be closed before computing, then closes its own.
func (g *Graph) Run() {
	var wg sync.WaitGroup
	for _, n := range g.nodes {
		wg.Go(func() {
			best := 0
			for _, d := range n.Deps {
				dep := g.nodes[d]
				<-dep.done
				best = max(best, dep.val)
			}
			n.val = best + n.Cost // finish time on the critical path
			close(n.done)
		})
	}
	wg.Wait()
}

func (g *Graph) Names() []string {
	names := make([]string, 0, len(g.nodes))
	for k := range g.nodes {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

func main() {
	g := NewGraph()
	g.Add("fetch", 3)
	g.Add("config", 1)
	g.Add("compile", 5, "fetch", "config")
	g.Add("assets", 2, "fetch")
	g.Add("test", 4, "compile")
	g.Add("lint", 1, "fetch")
	g.Add("package", 2, "compile", "assets")
	g.Add("release", 1, "package", "test", "lint")

	g.Run()

	fmt.Printf("%-8s %-4s %-5s %s\n", "task", "cost", "ends", "depends on")
	for _, name := range g.Names() {
		n := g.nodes[name]
		deps := "-"
		if len(n.Deps) > 0 {
			deps = strings.Join(n.Deps, ", ")
		}
		fmt.Printf("%-8s %4d %5d %s\n", n.Name, n.Cost, n.val, deps)
	}

	// Walk the critical path backwards from the final task.
	path := []string{"release"}
	cur := g.nodes["release"]
	for len(cur.Deps) > 0 {
		next := g.nodes[cur.Deps[0]]
		for _, d := range cur.Deps[1:] {
			if g.nodes[d].val > next.val {
				next = g.nodes[d]
			}
		}
		path = append([]string{next.Name}, path...)
		cur = next
	}
	fmt.Println("critical path:", strings.Join(path, " -> "))
	fmt.Println("minimum makespan:", g.nodes["release"].val)
}
