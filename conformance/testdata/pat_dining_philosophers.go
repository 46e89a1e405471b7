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

// Waiter admits at most n-1 philosophers to the table, which rules out the
// circular wait that would otherwise deadlock.
type Waiter chan struct{}

func (w Waiter) Seat()  { w <- struct{}{} }
func (w Waiter) Leave() { <-w }

type Philosopher struct {
	Name        string
	left, right *Fork
	meals       int
	thoughts    int
}

func (p *Philosopher) String() string {
	return fmt.Sprintf("%-9s ate %d, thought %d", p.Name, p.meals, p.thoughts)
}

func (p *Philosopher) Dine(w Waiter, rounds int, eating *eatCounter) {
	for range rounds {
		p.thoughts++
		w.Seat()
		p.left.Lock()
		p.right.Lock()
		eating.enter()
		p.meals++
		p.left.uses++
		p.right.uses++
		eating.leave()
		p.right.Unlock()
		p.left.Unlock()
		w.Leave()
	}
}

// eatCounter checks that neighbours never eat at the same time overall:
// with 5 forks at most 2 philosophers can eat simultaneously.
type eatCounter struct {
	mu        sync.Mutex
	now, peak int
}

func (e *eatCounter) enter() {
	e.mu.Lock()
	e.now++
	e.peak = max(e.peak, e.now)
	e.mu.Unlock()
}

func (e *eatCounter) leave() {
	e.mu.Lock()
	e.now--
	e.mu.Unlock()
}

func main() {
	names := strings.Fields("Aristotle Kant Spinoza Marx Russell")
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = &Fork{}
	}
	phils := make([]*Philosopher, len(names))
	for i, n := range names {
		phils[i] = &Philosopher{Name: n, left: forks[i], right: forks[(i+1)%len(forks)]}
	}
	waiter := make(Waiter, len(names)-1)
	var eating eatCounter
	var wg sync.WaitGroup
	for i, p := range phils {
		wg.Go(func() { p.Dine(waiter, 3+i%2, &eating) })
	}
	wg.Wait()

	total := 0
	for _, p := range phils {
		total += p.meals
		fmt.Println(p)
	}
	uses := make([]int, len(forks))
	for i, f := range forks {
		uses[i] = f.uses
	}
	fmt.Println("fork uses:", uses, "total meals:", total)
	fmt.Println("at most 2 eating at once:", eating.peak <= 2, "seats free:", len(waiter) == 0)
}
