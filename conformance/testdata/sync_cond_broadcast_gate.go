package main

import (
	"fmt"
	"sort"
	"sync"
)

type Gate struct {
	mu    sync.Mutex
	cond  *sync.Cond
	open  bool
	ready int
}

func NewGate() *Gate {
	g := &Gate{}
	g.cond = sync.NewCond(&g.mu)
	return g
}

func (g *Gate) Wait() {
	g.mu.Lock()
	g.ready++
	g.cond.Broadcast()
	for !g.open {
		g.cond.Wait()
	}
	g.mu.Unlock()
}

func (g *Gate) OpenWhen(n int) {
	g.mu.Lock()
	for g.ready < n {
		g.cond.Wait()
	}
	g.open = true
	g.mu.Unlock()
	g.cond.Broadcast()
}

func main() {
	g := NewGate()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var passed []int
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g.Wait()
			mu.Lock()
			passed = append(passed, i)
			mu.Unlock()
		}()
	}
	g.OpenWhen(4)
	wg.Wait()
	sort.Ints(passed)
	fmt.Println("ready:", g.ready, "passed:", passed)
}
