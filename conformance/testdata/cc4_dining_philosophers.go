// Handout 13: dining philosophers without deadlock.
// Each philosopher always picks up the lower-numbered fork first. This
// global lock order makes a cycle of waiting impossible.
package main

import (
	"fmt"
	"sync"
)

type Fork struct {
	mu   sync.Mutex
	uses int // protected by mu
}

type Philosopher struct {
	ID          int
	Name        string
	left, right *Fork
	leftID      int
	rightID     int
	Meals       int
}

func (p *Philosopher) forks() (first, second *Fork) {
	if p.leftID < p.rightID {
		return p.left, p.right
	}
	return p.right, p.left
}

func (p *Philosopher) Dine(rounds int, wg *sync.WaitGroup) {
	defer wg.Done()
	first, second := p.forks()
	for range rounds {
		first.mu.Lock()
		second.mu.Lock()
		first.uses++
		second.uses++
		p.Meals++
		second.mu.Unlock()
		first.mu.Unlock()
	}
}

func main() {
	names := []string{"Dijkstra", "Hoare", "Lamport", "Lynch", "Herlihy"}
	n := len(names)
	forks := make([]*Fork, n)
	for i := range forks {
		forks[i] = &Fork{}
	}
	phils := make([]*Philosopher, n)
	for i, name := range names {
		l, r := i, (i+1)%n
		phils[i] = &Philosopher{ID: i, Name: name, left: forks[l], right: forks[r], leftID: l, rightID: r}
	}

	const rounds = 200
	var wg sync.WaitGroup
	wg.Add(n)
	for _, p := range phils {
		go p.Dine(rounds, &wg)
	}
	wg.Wait()

	total := 0
	for _, p := range phils {
		first := min(p.leftID, p.rightID)
		fmt.Printf("%-8s forks (%d,%d) takes %d first, ate %d meals\n",
			p.Name, p.leftID, p.rightID, first, p.Meals)
		total += p.Meals
	}
	for i, f := range forks {
		fmt.Printf("fork %d used %d times\n", i, f.uses)
	}
	fmt.Println("total meals:", total, "expected:", n*rounds)
	fmt.Println("no deadlock: all philosophers finished")
}
