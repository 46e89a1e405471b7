package main

import (
	"fmt"
	"maps"
	"runtime"
	"slices"
	"sync"
)

type call struct {
	done chan struct{} // closed when val and err are set
	val  string
	err  error
	dups int
}

// Group deduplicates concurrent calls that share a key.
type Group struct {
	mu    sync.Mutex
	calls map[string]*call
}

func (g *Group) Do(key string, fn func() (string, error)) (string, error, bool) {
	g.mu.Lock()
	if c, ok := g.calls[key]; ok {
		c.dups++
		g.mu.Unlock()
		<-c.done
		return c.val, c.err, true
	}
	c := &call{done: make(chan struct{})}
	g.calls[key] = c
	g.mu.Unlock()
	c.val, c.err = fn()
	close(c.done)
	g.mu.Lock()
	delete(g.calls, key)
	g.mu.Unlock()
	return c.val, c.err, false
}

// waiting reports how many duplicate callers are parked on key.
func (g *Group) waiting(key string) int {
	g.mu.Lock()
	defer g.mu.Unlock()
	if c, ok := g.calls[key]; ok {
		return c.dups
	}
	return -1
}

func main() {
	g := Group{calls: map[string]*call{}}
	release := make(chan struct{})
	var mu sync.Mutex // guards executions, shared and lines
	executions, shared := map[string]int{}, map[string]int{}
	var lines []string
	fetch := func(key string) (string, error) {
		mu.Lock()
		executions[key]++
		mu.Unlock()
		<-release // hold the call open until every caller has joined
		if key == "missing" {
			return "", fmt.Errorf("fetch %q: not found", key)
		}
		return "<" + key + ">", nil
	}
	callers := map[string]int{"users": 5, "orders": 3, "missing": 2}
	var wg sync.WaitGroup
	for key, n := range callers {
		for range n {
			wg.Go(func() {
				v, err, dup := g.Do(key, func() (string, error) { return fetch(key) })
				mu.Lock()
				defer mu.Unlock()
				if dup {
					shared[key]++
				}
				lines = append(lines, fmt.Sprintf("%s -> %q err=%v", key, v, err))
			})
		}
	}
	for key, n := range callers {
		for g.waiting(key) != n-1 {
			runtime.Gosched()
		}
	}
	close(release)
	wg.Wait()
	for _, k := range slices.Sorted(maps.Keys(callers)) {
		fmt.Printf("%-7s callers=%d executions=%d shared=%d\n", k, callers[k], executions[k], shared[k])
	}
	slices.Sort(lines)
	for _, l := range slices.Compact(lines) {
		fmt.Println(l)
	}
	v, _, dup := g.Do("users", func() (string, error) { return "fresh", nil })
	fmt.Println("after completion:", v, "shared:", dup)
}
