package main

import (
	"fmt"
	"sync"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	name        string
	left, right int
	meals       int
}

func (p *Philosopher) dine(forks []*Fork, rounds int, wg *sync.WaitGroup) {
	defer wg.Done()
	first, second := p.left, p.right
	if first > second {
		first, second = second, first
	}
	for range rounds {
		forks[first].Lock()
		forks[second].Lock()
		p.meals++
		forks[second].Unlock()
		forks[first].Unlock()
	}
}

func main() {
	names := []string{"Plato", "Kant", "Hume", "Locke", "Marx"}
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = new(Fork)
	}
	phils := make([]*Philosopher, len(names))
	for i, n := range names {
		phils[i] = &Philosopher{name: n, left: i, right: (i + 1) % len(names)}
	}
	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Add(1)
		go p.dine(forks, 3, &wg)
	}
	wg.Wait()
	total := 0
	for _, p := range phils {
		fmt.Printf("%-6s ate %d times (forks %d,%d)\n", p.name, p.meals, p.left, p.right)
		total += p.meals
	}
	fmt.Println("total meals:", total)
}
