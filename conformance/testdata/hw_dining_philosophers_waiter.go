package main

import (
	"fmt"
	"strings"
	"sync"
)

type Fork struct{ sync.Mutex }

type Waiter struct{ seats chan struct{} }

func NewWaiter(n int) *Waiter { return &Waiter{seats: make(chan struct{}, n-1)} }

func (w *Waiter) Ask()    { w.seats <- struct{}{} }
func (w *Waiter) Finish() { <-w.seats }

type Philosopher struct {
	ID          int
	Left, Right *Fork
	Meals       int
}

func (p *Philosopher) String() string {
	return fmt.Sprintf("philosopher %d ate %d meals", p.ID, p.Meals)
}

func (p *Philosopher) Dine(w *Waiter, rounds int) {
	for range rounds {
		w.Ask()
		p.Left.Lock()
		p.Right.Lock()
		p.Meals++
		p.Right.Unlock()
		p.Left.Unlock()
		w.Finish()
	}
}

func main() {
	const n, rounds = 5, 50
	forks := make([]*Fork, n)
	for i := range forks {
		forks[i] = &Fork{}
	}
	phils := make([]*Philosopher, n)
	for i := range phils {
		phils[i] = &Philosopher{ID: i, Left: forks[i], Right: forks[(i+1)%n]}
	}
	waiter := NewWaiter(n)
	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Go(func() { p.Dine(waiter, rounds) })
	}
	wg.Wait()
	total := 0
	var lines []string
	for _, p := range phils {
		total += p.Meals
		lines = append(lines, p.String())
	}
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Printf("total meals %d, expected %d, ok=%v\n", total, n*rounds, total == n*rounds)
}
