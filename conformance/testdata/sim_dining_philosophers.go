package main

import (
	"fmt"
	"sync"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	Name        string
	left, right *Fork
	Meals       int
}

// Dine uses resource ordering: each philosopher always locks the
// lower-numbered fork first, so no cycle of waiting can form.
func (p *Philosopher) Dine(rounds int, host chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for range rounds {
		host <- struct{}{} // ask the host for a seat
		p.left.Lock()
		p.right.Lock()
		p.Meals++
		p.right.Unlock()
		p.left.Unlock()
		<-host
	}
}

func main() {
	names := []string{"Aristotle", "Kant", "Spinoza", "Marx", "Russell"}
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = new(Fork)
	}
	philosophers := make([]*Philosopher, len(names))
	for i, name := range names {
		a, b := i, (i+1)%len(names)
		if a > b {
			a, b = b, a
		}
		philosophers[i] = &Philosopher{Name: name, left: forks[a], right: forks[b]}
	}

	host := make(chan struct{}, len(names)-1)
	var wg sync.WaitGroup
	rounds := []int{100, 250, 75, 300, 125}
	for i, p := range philosophers {
		wg.Add(1)
		go p.Dine(rounds[i], host, &wg)
	}
	wg.Wait()

	total := 0
	for _, p := range philosophers {
		fmt.Printf("%-10s ate %3d meals\n", p.Name, p.Meals)
		total += p.Meals
	}
	fmt.Println("total meals:", total)
}
