// Lecture 15: dining philosophers with resource ordering (no deadlock).
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	Name        string
	left, right *Fork
	leftID      int
	rightID     int
	meals       int
	thoughts    int
}

func (p *Philosopher) String() string {
	return fmt.Sprintf("%-10s forks(%d,%d) meals=%d thoughts=%d", p.Name, p.leftID, p.rightID, p.meals, p.thoughts)
}

// dine picks up the lower-numbered fork first (Dijkstra's solution).
func (p *Philosopher) dine(rounds int, table *Table) {
	first, second := p.left, p.right
	if p.rightID < p.leftID {
		first, second = p.right, p.left
	}
	for range rounds {
		p.thoughts++
		first.Lock()
		second.Lock()
		p.meals++
		table.served()
		second.Unlock()
		first.Unlock()
	}
}

type Table struct {
	mu    sync.Mutex
	total int
}

func (t *Table) served() {
	t.mu.Lock()
	t.total++
	t.mu.Unlock()
}

func main() {
	names := []string{"Aristotle", "Kant", "Spinoza", "Marx", "Russell"}
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = &Fork{}
	}
	phils := make([]*Philosopher, len(names))
	for i, n := range names {
		r := (i + 1) % len(names)
		phils[i] = &Philosopher{Name: n, left: forks[i], right: forks[r], leftID: i, rightID: r}
	}

	table := &Table{}
	const rounds = 300
	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Go(func() { p.dine(rounds, table) })
	}
	wg.Wait()

	for _, p := range phils {
		fmt.Println(p)
	}
	fmt.Println("meals served:", table.total)
	fmt.Println("expected:    ", rounds*len(names))

	// Show which philosopher reaches "backwards" for its first fork.
	var sb strings.Builder
	for _, p := range phils {
		if p.rightID < p.leftID {
			fmt.Fprintf(&sb, "%s picks right fork first; ", p.Name)
		}
	}
	fmt.Println(strings.TrimSuffix(sb.String(), "; "))
	fmt.Printf("fork type %T, philosopher type %T\n", forks[0], *phils[0])
}
