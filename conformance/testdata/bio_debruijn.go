package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Graph struct {
	adj map[string][]string
}

func DeBruijn(reads []string, k int) *Graph {
	g := &Graph{adj: map[string][]string{}}
	for _, r := range reads {
		for i := 0; i+k <= len(r); i++ {
			km := r[i : i+k]
			g.adj[km[:k-1]] = append(g.adj[km[:k-1]], km[1:])
		}
	}
	for n := range g.adj {
		slices.Sort(g.adj[n])
	}
	return g
}

func (g *Graph) Nodes() []string {
	set := map[string]bool{}
	for u, vs := range g.adj {
		set[u] = true
		for _, v := range vs {
			set[v] = true
		}
	}
	var out []string
	for n := range set {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

var ErrNoEulerPath = errors.New("graph has no Eulerian path")

// EulerPath uses Hierholzer's algorithm.
func (g *Graph) EulerPath() ([]string, error) {
	in, out := map[string]int{}, map[string]int{}
	for u, vs := range g.adj {
		out[u] += len(vs)
		for _, v := range vs {
			in[v]++
		}
	}
	nodes := g.Nodes()
	start := nodes[0]
	starts, ends := 0, 0
	for _, n := range nodes {
		switch out[n] - in[n] {
		case 1:
			start = n
			starts++
		case -1:
			ends++
		case 0:
		default:
			return nil, fmt.Errorf("node %s imbalance %d: %w", n, out[n]-in[n], ErrNoEulerPath)
		}
	}
	if starts > 1 || ends > 1 {
		return nil, fmt.Errorf("%d starts, %d ends: %w", starts, ends, ErrNoEulerPath)
	}
	edges := map[string][]string{}
	for u, vs := range g.adj {
		edges[u] = slices.Clone(vs)
	}
	stack := []string{start}
	var path []string
	for len(stack) > 0 {
		u := stack[len(stack)-1]
		if len(edges[u]) > 0 {
			v := edges[u][0]
			edges[u] = edges[u][1:]
			stack = append(stack, v)
		} else {
			path = append(path, u)
			stack = stack[:len(stack)-1]
		}
	}
	slices.Reverse(path)
	return path, nil
}

func Spell(path []string) string {
	var sb strings.Builder
	sb.WriteString(path[0])
	for _, p := range path[1:] {
		sb.WriteByte(p[len(p)-1])
	}
	return sb.String()
}

func main() {
	genome := "TAATGCCATGGGATGTT"
	var reads []string
	for i := 0; i+5 <= len(genome); i += 2 {
		reads = append(reads, genome[i:i+5])
	}
	fmt.Println("reads:", reads)
	g := DeBruijn([]string{genome}, 3)
	for _, n := range g.Nodes() {
		if vs := g.adj[n]; len(vs) > 0 {
			fmt.Printf("  %s -> %s\n", n, strings.Join(vs, ","))
		}
	}
	path, err := g.EulerPath()
	fmt.Printf("path len=%d err=%v\n", len(path), err)
	fmt.Printf("assembled: %s (match=%t)\n", Spell(path), Spell(path) == genome)

	g2 := DeBruijn(reads, 4)
	p2, err := g2.EulerPath()
	if errors.Is(err, ErrNoEulerPath) {
		fmt.Println("k=4 from reads:", err)
	} else {
		fmt.Printf("k=4 from reads: %s\n", Spell(p2))
	}

	bad := DeBruijn([]string{"AAC", "AAG", "AAT"}, 3)
	_, err = bad.EulerPath()
	fmt.Printf("bad graph: %v (is=%t)\n", err, errors.Is(err, ErrNoEulerPath))

	// k-universal circular string for k=3 over binary alphabet
	var kmers []string
	for i := range 8 {
		kmers = append(kmers, fmt.Sprintf("%03b", i))
	}
	ub := &Graph{adj: map[string][]string{}}
	for _, km := range kmers {
		ub.adj[km[:2]] = append(ub.adj[km[:2]], km[1:])
	}
	cyc, _ := ub.EulerPath()
	s := Spell(cyc)
	fmt.Printf("binary 3-universal cycle: %s -> %s\n", s, s[:len(s)-2])
}
