package main

import (
	"fmt"
	"sync"
)

type Fork struct {
	id   int
	mu   sync.Mutex
	uses int // protected by mu
}

type Philosopher struct {
	Name        string
	left, right *Fork
	meals       int
	thoughts    int
}

// Strategy describes how a philosopher obtains both forks.
type Strategy interface {
	Name() string
	Dine(p *Philosopher, eat func())
}

// Hierarchy: always pick up the lower-numbered fork first.
type Hierarchy struct{}

func (Hierarchy) Name() string { return "resource hierarchy" }
func (Hierarchy) Dine(p *Philosopher, eat func()) {
	first, second := p.left, p.right
	if second.id < first.id {
		first, second = second, first
	}
	first.mu.Lock()
	second.mu.Lock()
	eat()
	second.mu.Unlock()
	first.mu.Unlock()
}

// Waiter: at most n-1 philosophers may reach for forks at the same time,
// implemented as a semaphore made from a buffered channel.
type Waiter struct{ seats chan struct{} }

func (Waiter) Name() string { return "waiter with n-1 seats" }
func (w Waiter) Dine(p *Philosopher, eat func()) {
	w.seats <- struct{}{}
	p.left.mu.Lock()
	p.right.mu.Lock()
	eat()
	p.right.mu.Unlock()
	p.left.mu.Unlock()
	<-w.seats
}

func dinner(names []string, meals int, s Strategy) {
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = &Fork{id: i}
	}
	phils := make([]*Philosopher, len(names))
	for i, n := range names {
		phils[i] = &Philosopher{Name: n, left: forks[i], right: forks[(i+1)%len(forks)]}
	}

	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range meals {
				p.thoughts++ // think (private state, no lock needed)
				s.Dine(p, func() {
					p.meals++
					p.left.uses++
					p.right.uses++
				})
			}
		}()
	}
	wg.Wait()

	fmt.Printf("-- %s --\n", s.Name())
	for _, p := range phils {
		fmt.Printf("%-10s meals=%3d thoughts=%3d forks=(%d,%d)\n", p.Name, p.meals, p.thoughts, p.left.id, p.right.id)
	}
	total := 0
	for _, f := range forks {
		total += f.uses
		fmt.Printf("fork %d used %d times\n", f.id, f.uses)
	}
	fmt.Printf("fork pickups %d = 2 x meals %d: %v\n", total, meals*len(phils), total == 2*meals*len(phils))
}

func main() {
	names := []string{"Dijkstra", "Hoare", "Lamport", "Brinch", "Knuth"}
	dinner(names, 200, Hierarchy{})
	dinner(names, 150, Waiter{seats: make(chan struct{}, len(names)-1)})
}
