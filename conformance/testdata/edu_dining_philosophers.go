// Lecture 9: the dining philosophers.
//
// Five philosophers sit around a table with one fork between each pair.
// If everyone picks up the left fork first, all five may hold one fork and
// wait forever for the other: deadlock. Dijkstra's fix is a global order on
// resources - each philosopher picks up the lower-numbered fork first. The
// last philosopher therefore reaches "right" first and the cycle is broken.
package main

import (
	"fmt"
	"sync"
)

type Fork struct {
	ID   int
	mu   sync.Mutex
	uses int // protected by mu
}

type Philosopher struct {
	Name        string
	Left, Right *Fork
	Meals       int
	Thoughts    int
}

// forks returns the two forks in the order they must be acquired.
func (p *Philosopher) forks() (*Fork, *Fork) {
	if p.Left.ID < p.Right.ID {
		return p.Left, p.Right
	}
	return p.Right, p.Left
}

func (p *Philosopher) Dine(meals int, wg *sync.WaitGroup) {
	defer wg.Done()
	first, second := p.forks()
	for p.Meals < meals {
		p.Thoughts++ // think
		first.mu.Lock()
		second.mu.Lock()
		first.uses++
		second.uses++
		p.Meals++ // eat
		second.mu.Unlock()
		first.mu.Unlock()
	}
}

func main() {
	names := []string{"Aristotle", "Kant", "Spinoza", "Marx", "Russell"}
	n := len(names)
	forks := make([]*Fork, n)
	for i := range forks {
		forks[i] = &Fork{ID: i}
	}
	table := make([]*Philosopher, n)
	for i, name := range names {
		table[i] = &Philosopher{Name: name, Left: forks[i], Right: forks[(i+1)%n]}
	}

	for i, p := range table {
		first, second := p.forks()
		note := ""
		if first != p.Left {
			note = "  <- reversed, breaks the cycle"
		}
		fmt.Printf("%d %-9s picks fork %d then fork %d%s\n", i, p.Name, first.ID, second.ID, note)
	}

	const meals = 50
	var wg sync.WaitGroup
	for _, p := range table {
		wg.Add(1)
		go p.Dine(meals, &wg)
	}
	wg.Wait()

	fmt.Println("dinner finished, no deadlock")
	total := 0
	for _, p := range table {
		total += p.Meals
		fmt.Printf("%-9s ate %d meals, thought %d times\n", p.Name, p.Meals, p.Thoughts)
	}
	for _, f := range forks {
		fmt.Printf("fork %d used %d times\n", f.ID, f.uses)
	}
	fmt.Println("total meals:", total)
}
