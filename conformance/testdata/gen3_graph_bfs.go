package main

import (
	"fmt"
	"slices"
)

type Graph[N comparable] struct {
	nodes []N
	adj   map[N][]N
}

func NewGraph[N comparable]() *Graph[N] {
	return &Graph[N]{adj: map[N][]N{}}
}

func (g *Graph[N]) addNode(n N) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.nodes = append(g.nodes, n)
	}
}

func (g *Graph[N]) AddEdge(from, to N) {
	g.addNode(from)
	g.addNode(to)
	g.adj[from] = append(g.adj[from], to)
}

func (g *Graph[N]) ShortestPath(src, dst N) ([]N, bool) {
	prev := map[N]N{}
	seen := map[N]bool{src: true}
	queue := []N{src}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == dst {
			path := []N{dst}
			for path[len(path)-1] != src {
				path = append(path, prev[path[len(path)-1]])
			}
			slices.Reverse(path)
			return path, true
		}
		for _, nb := range g.adj[cur] {
			if !seen[nb] {
				seen[nb] = true
				prev[nb] = cur
				queue = append(queue, nb)
			}
		}
	}
	return nil, false
}

func (g *Graph[N]) TopoSort() ([]N, error) {
	indeg := map[N]int{}
	for _, n := range g.nodes {
		for _, to := range g.adj[n] {
			indeg[to]++
		}
	}
	var ready, order []N
	for _, n := range g.nodes {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, to := range g.adj[n] {
			if indeg[to]--; indeg[to] == 0 {
				ready = append(ready, to)
			}
		}
	}
	if len(order) != len(g.nodes) {
		return order, fmt.Errorf("cycle detected: sorted %d of %d nodes", len(order), len(g.nodes))
	}
	return order, nil
}

type Cell struct{ X, Y int }

func (c Cell) String() string { return fmt.Sprintf("(%d,%d)", c.X, c.Y) }

func main() {
	deps := NewGraph[string]()
	for _, e := range [][2]string{{"fmt", "app"}, {"io", "fmt"}, {"errors", "io"}, {"io", "bufio"}, {"bufio", "app"}, {"errors", "app"}} {
		deps.AddEdge(e[0], e[1])
	}
	order, err := deps.TopoSort()
	fmt.Printf("%T nodes=%d topo=%v err=%v\n", deps, len(deps.nodes), order, err)
	p, ok := deps.ShortestPath("errors", "app")
	back, _ := deps.ShortestPath("app", "io")
	fmt.Println("errors->app:", p, ok, "app->io:", back)
	deps.AddEdge("app", "errors")
	order, err = deps.TopoSort()
	fmt.Println("after cycle:", order, err)

	walls := map[Cell]bool{{1, 0}: true, {1, 1}: true, {1, 3}: true, {3, 1}: true, {3, 2}: true}
	grid := NewGraph[Cell]()
	const w, h = 5, 4
	for i := 0; i < w*h; i++ {
		c := Cell{i % w, i / w}
		for _, d := range []Cell{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			n := Cell{c.X + d.X, c.Y + d.Y}
			if !walls[c] && n.X >= 0 && n.X < w && n.Y >= 0 && n.Y < h && !walls[n] {
				grid.AddEdge(c, n)
			}
		}
	}
	path, ok := grid.ShortestPath(Cell{0, 0}, Cell{4, 0})
	fmt.Printf("%T nodes=%d found=%t steps=%d\n", grid, len(grid.nodes), ok, len(path)-1)
	for y := 0; y < h; y++ {
		row := []byte(".....")
		for x := range row {
			if c := (Cell{x, y}); walls[c] {
				row[x] = '#'
			} else if slices.Contains(path, c) {
				row[x] = '*'
			}
		}
		fmt.Println(string(row))
	}
	fmt.Println("path:", path)
}
