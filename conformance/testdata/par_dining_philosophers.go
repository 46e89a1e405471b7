// Dining philosophers without deadlock: every philosopher picks up the
// lower-numbered fork first, which breaks the circular wait.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Fork struct {
	sync.Mutex
	id   int
	uses int
}

type Philosopher struct {
	name        string
	left, right *Fork
	meals       int
}

func (p *Philosopher) String() string {
	return fmt.Sprintf("%-10s ate %d meals (forks %d,%d)", p.name, p.meals, p.left.id, p.right.id)
}

// ordered returns the two forks sorted by id: the global lock order.
func (p *Philosopher) ordered() (first, second *Fork) {
	if p.left.id < p.right.id {
		return p.left, p.right
	}
	return p.right, p.left
}

func (p *Philosopher) dine(meals int, wg *sync.WaitGroup) {
	defer wg.Done()
	first, second := p.ordered()
	for range meals {
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
		forks[i] = &Fork{id: i}
	}
	philosophers := make([]*Philosopher, len(names))
	for i, name := range names {
		philosophers[i] = &Philosopher{
			name:  name,
			left:  forks[i],
			right: forks[(i+1)%len(forks)],
		}
	}

	const meals = 200
	var wg sync.WaitGroup
	for _, p := range philosophers {
		wg.Add(1)
		go p.dine(meals, &wg)
	}
	wg.Wait()

	total := 0
	for _, p := range philosophers {
		fmt.Println(p)
		total += p.meals
	}
	for _, f := range forks {
		fmt.Printf("fork %d used %d times\n", f.id, f.uses)
	}
	fmt.Println("total meals:", total)
}
