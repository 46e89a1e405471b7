// Exercise 17: dining philosophers with ordered fork acquisition.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Fork struct {
	sync.Mutex
	uses int
}

type Philosopher struct {
	Name        string
	left, right *Fork
	leftID      int
	rightID     int
	meals       int
	thoughts    int
}

// forks returns the two forks lowest-numbered first (the resource hierarchy).
func (p *Philosopher) forks() (*Fork, *Fork) {
	if p.leftID < p.rightID {
		return p.left, p.right
	}
	return p.right, p.left
}

func (p *Philosopher) Dine(rounds int, wg *sync.WaitGroup) {
	defer wg.Done()
	for range rounds {
		p.thoughts++
		first, second := p.forks()
		first.Lock()
		second.Lock()
		p.meals++
		first.uses++
		second.uses++
		second.Unlock()
		first.Unlock()
	}
}

func main() {
	names := strings.Fields("Aristotle Kant Spinoza Marx Russell")
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = &Fork{}
	}
	table := make([]*Philosopher, len(names))
	for i, n := range names {
		r := (i + 1) % len(names)
		table[i] = &Philosopher{Name: n, left: forks[i], right: forks[r], leftID: i, rightID: r}
	}

	rounds := []int{50, 120, 80, 200, 30}
	var wg sync.WaitGroup
	for i, p := range table {
		wg.Add(1)
		go p.Dine(rounds[i], &wg)
	}
	wg.Wait()

	fmt.Println("everyone finished dinner (no deadlock)")
	totalMeals := 0
	for _, p := range table {
		first, second := p.leftID, p.rightID
		if second < first {
			first, second = second, first
		}
		fmt.Printf("%-10s forks %d->%d  meals=%3d thoughts=%3d\n", p.Name, first, second, p.meals, p.thoughts)
		totalMeals += p.meals
	}
	totalUses := 0
	for i, f := range forks {
		fmt.Printf("fork %d used %3d times\n", i, f.uses)
		totalUses += f.uses
	}
	fmt.Printf("meals=%d fork uses=%d (two forks per meal: %v)\n", totalMeals, totalUses, totalUses == 2*totalMeals)
}
