// Homework 3: the dining philosophers.
// Deadlock is avoided by resource ordering: always pick up the lower fork first.
package main

import (
	"fmt"
	"sync"
)

type Fork struct {
	sync.Mutex
	id   int
	uses int
}

type Philosopher struct {
	Name        string
	left, right *Fork
	meals       int
}

func (p *Philosopher) forks() (first, second *Fork) {
	if p.left.id < p.right.id {
		return p.left, p.right
	}
	return p.right, p.left
}

func (p *Philosopher) Dine(rounds int, host chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		host <- struct{}{} // at most N-1 at the table (a second safety net)
		first, second := p.forks()
		first.Lock()
		second.Lock()
		p.meals++
		first.uses++
		second.uses++
		second.Unlock()
		first.Unlock()
		<-host
	}
}

func (p Philosopher) String() string {
	return fmt.Sprintf("%s(forks %d,%d)", p.Name, p.left.id, p.right.id)
}

func main() {
	names := []string{"Aristotle", "Kant", "Spinoza", "Marx", "Russell"}
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = &Fork{id: i}
	}
	phils := make([]*Philosopher, len(names))
	for i, n := range names {
		phils[i] = &Philosopher{Name: n, left: forks[i], right: forks[(i+1)%len(forks)]}
	}

	const rounds = 50
	host := make(chan struct{}, len(names)-1)
	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Add(1)
		go p.Dine(rounds, host, &wg)
	}
	wg.Wait()

	totalMeals := 0
	for _, p := range phils {
		fmt.Printf("%-28v ate %d meals\n", *p, p.meals)
		totalMeals += p.meals
	}
	for _, f := range forks {
		fmt.Printf("fork %d used %d times\n", f.id, f.uses)
	}
	fmt.Printf("total meals: %d (expected %d)\n", totalMeals, rounds*len(names))
}
