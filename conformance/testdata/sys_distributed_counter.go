package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// GCounter is a grow-only CRDT counter.
type GCounter map[string]int

func (g GCounter) Inc(node string, n int) { g[node] += n }

func (g GCounter) Value() int {
	s := 0
	for _, v := range g {
		s += v
	}
	return s
}

func (g GCounter) Merge(o GCounter) {
	for k, v := range o {
		g[k] = max(g[k], v)
	}
}

func (g GCounter) String() string {
	keys := make([]string, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s:%d", k, g[k])
	}
	return "{" + strings.Join(parts, " ") + "}"
}

type Node struct {
	Name  string
	State GCounter
	inbox chan GCounter
}

func main() {
	names := []string{"n1", "n2", "n3", "n4"}
	nodes := make([]*Node, len(names))
	for i, n := range names {
		nodes[i] = &Node{Name: n, State: GCounter{}, inbox: make(chan GCounter, len(names))}
	}
	var wg sync.WaitGroup
	// Phase 1: local increments, each node in its own goroutine.
	for i, nd := range nodes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range (i + 1) * 10 {
				nd.State.Inc(nd.Name, 1+k%2)
			}
		}()
	}
	wg.Wait()
	for _, nd := range nodes {
		fmt.Println(nd.Name, "local", nd.State, "value", nd.State.Value())
	}
	// Phase 2: gossip a copy of every state to every other node.
	for _, src := range nodes {
		for _, dst := range nodes {
			if src != dst {
				cp := GCounter{}
				cp.Merge(src.State)
				dst.inbox <- cp
			}
		}
	}
	for _, nd := range nodes {
		close(nd.inbox)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range nd.inbox {
				nd.State.Merge(s)
			}
		}()
	}
	wg.Wait()
	for _, nd := range nodes {
		fmt.Println(nd.Name, "merged", nd.State, "value", nd.State.Value())
	}
}
