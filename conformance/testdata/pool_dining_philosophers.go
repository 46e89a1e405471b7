package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type Fork struct {
	sync.Mutex
	id   int
	uses atomic.Int64
}

type Philosopher struct {
	name        string
	left, right *Fork
	meals       int
}

// dine always picks up the lower-numbered fork first. This global ordering
// of locks is what prevents the circular wait that leads to deadlock.
func (p *Philosopher) dine(rounds int, wg *sync.WaitGroup) {
	defer wg.Done()
	first, second := p.left, p.right
	if second.id < first.id {
		first, second = second, first
	}
	for range rounds {
		first.Lock()
		second.Lock()
		p.meals++
		first.uses.Add(1)
		second.uses.Add(1)
		second.Unlock()
		first.Unlock()
	}
}

func main() {
	names := []string{"Aristotle", "Kant", "Spinoza", "Marx", "Russell"}
	const rounds = 200

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

	var wg sync.WaitGroup
	for _, p := range philosophers {
		wg.Add(1)
		go p.dine(rounds, &wg)
	}
	wg.Wait()

	fmt.Println("Dinner is over.")
	fmt.Println(strings.Repeat("-", 32))
	total := 0
	for _, p := range philosophers {
		fmt.Printf("%-10s ate %3d meals (forks %d,%d)\n", p.name, p.meals, p.left.id, p.right.id)
		total += p.meals
	}
	fmt.Println(strings.Repeat("-", 32))
	for _, f := range forks {
		fmt.Printf("fork %d used %d times\n", f.id, f.uses.Load())
	}
	fmt.Printf("total meals: %d\n", total)
}
