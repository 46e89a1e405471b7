// Lab 25: dining philosophers. Deadlock is avoided by resource ordering:
// every philosopher picks up the lower-numbered fork first, so a cycle of
// waiting philosophers is impossible.
package main

import (
	"fmt"
	"sync"
)

type Fork struct {
	ID   int
	mu   sync.Mutex
	uses int
}

type Philosopher struct {
	Name        string
	left, right *Fork
	meals       int
}

func (p *Philosopher) String() string {
	return fmt.Sprintf("%-10s forks %d+%d meals=%d", p.Name, p.left.ID, p.right.ID, p.meals)
}

func (p *Philosopher) forks() (first, second *Fork) {
	if p.left.ID < p.right.ID {
		return p.left, p.right
	}
	return p.right, p.left
}

func (p *Philosopher) Dine(meals int, plate *sync.Mutex, eaten *int) {
	first, second := p.forks()
	for range meals {
		first.mu.Lock()
		second.mu.Lock()
		p.meals++
		first.uses++
		second.uses++
		plate.Lock()
		*eaten++
		plate.Unlock()
		second.mu.Unlock()
		first.mu.Unlock()
	}
}

func main() {
	names := []string{"Aristotle", "Kant", "Spinoza", "Marx", "Russell"}
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = &Fork{ID: i}
	}
	philosophers := make([]*Philosopher, len(names))
	for i, name := range names {
		philosophers[i] = &Philosopher{
			Name:  name,
			left:  forks[i],
			right: forks[(i+1)%len(forks)],
		}
	}

	const mealsEach = 200
	var wg sync.WaitGroup
	var plate sync.Mutex
	total := 0
	for _, p := range philosophers {
		wg.Go(func() { p.Dine(mealsEach, &plate, &total) })
	}
	wg.Wait()

	for _, p := range philosophers {
		fmt.Println(p)
	}
	for _, f := range forks {
		fmt.Printf("fork %d used %d times\n", f.ID, f.uses)
	}
	fmt.Println("total meals:", total, "expected:", mealsEach*len(names))
}
