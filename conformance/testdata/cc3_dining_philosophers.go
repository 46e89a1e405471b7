package main

import (
	"fmt"
	"strings"
	"sync"
)

type Fork struct {
	mu   sync.Mutex
	id   int
	uses int // protected by mu
}

type Philosopher struct {
	name        string
	left, right *Fork
	meals       int
}

// forks returns the two forks ordered by id: the global lock order
// that breaks the circular wait condition.
func (p *Philosopher) forks() (*Fork, *Fork) {
	if p.left.id < p.right.id {
		return p.left, p.right
	}
	return p.right, p.left
}

func (p *Philosopher) dine(rounds int, wg *sync.WaitGroup) {
	defer wg.Done()
	first, second := p.forks()
	for i := 0; i < rounds; i++ {
		first.mu.Lock()
		second.mu.Lock()
		first.uses++
		second.uses++
		p.meals++
		second.mu.Unlock()
		first.mu.Unlock()
	}
}

func setTable(names []string) ([]*Fork, []*Philosopher) {
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = &Fork{id: i}
	}
	phils := make([]*Philosopher, len(names))
	for i, n := range names {
		phils[i] = &Philosopher{name: n, left: forks[i], right: forks[(i+1)%len(names)]}
	}
	return forks, phils
}

func main() {
	names := []string{"Aristotle", "Kant", "Spinoza", "Marx", "Russell"}
	forks, phils := setTable(names)

	fmt.Println("lock order per philosopher:")
	for _, p := range phils {
		a, b := p.forks()
		fmt.Printf("  %-9s takes fork %d then fork %d\n", p.name, a.id, b.id)
	}

	const rounds = 200
	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Add(1)
		go p.dine(rounds, &wg)
	}
	wg.Wait()

	fmt.Println("meals eaten:")
	total := 0
	for _, p := range phils {
		fmt.Printf("  %-9s %d\n", p.name, p.meals)
		total += p.meals
	}
	fmt.Println("total meals:", total)
	for _, f := range forks {
		fmt.Printf("fork %d used %d times\n", f.id, f.uses)
	}

	// Second solution: a waiter (semaphore) lets at most N-1 sit down.
	forks2, phils2 := setTable(names)
	waiter := make(chan struct{}, len(names)-1)
	var log []string
	var logMu sync.Mutex
	for _, p := range phils2 {
		wg.Go(func() {
			for i := 0; i < 3; i++ {
				waiter <- struct{}{}
				p.left.mu.Lock()
				p.right.mu.Lock()
				p.meals++
				p.left.uses++
				p.right.uses++
				p.right.mu.Unlock()
				p.left.mu.Unlock()
				<-waiter
			}
			logMu.Lock()
			log = append(log, fmt.Sprintf("%s:%d", p.name, p.meals))
			logMu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("waiter solution finished:", len(log), "philosophers")
	for _, p := range phils2 {
		fmt.Printf("  %-9s %s\n", p.name, strings.Repeat("*", p.meals))
	}
	sum := 0
	for _, f := range forks2 {
		sum += f.uses
	}
	fmt.Println("fork uses in waiter solution:", sum)
}
