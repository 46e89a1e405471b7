// Homework 2, problem 14: dining philosophers with resource ordering.
// Philosopher i needs forks i and (i+1)%n. If everyone picks up the left
// fork first, all can hold one fork and wait forever (circular wait).
// Resource ordering breaks the cycle: always lock the lower-numbered fork
// first. Then philosopher n-1 reaches for fork 0 before fork n-1, and no
// cycle of waiting can form.
package main

import (
	"fmt"
	"sync"
)

// Fork is a shared resource with a usage counter (protected by its own lock).
type Fork struct {
	mu   sync.Mutex
	uses int
}

// Philosopher records the forks it needs and how often it ate.
type Philosopher struct {
	ID          int
	First, Last int // fork indices in acquisition order
	Meals       int
	Thoughts    int
}

func NewPhilosopher(id, n int) *Philosopher {
	left, right := id, (id+1)%n
	first, last := min(left, right), max(left, right)
	return &Philosopher{ID: id, First: first, Last: last}
}

func (p *Philosopher) Dine(forks []*Fork, rounds int) {
	for r := 0; r < rounds; r++ {
		p.Thoughts++ // think
		forks[p.First].mu.Lock()
		forks[p.Last].mu.Lock()
		// eat: both forks are held
		forks[p.First].uses++
		forks[p.Last].uses++
		p.Meals++
		forks[p.Last].mu.Unlock()
		forks[p.First].mu.Unlock()
	}
}

func main() {
	const n, rounds = 5, 30
	forks := make([]*Fork, n)
	for i := range forks {
		forks[i] = &Fork{}
	}
	phils := make([]*Philosopher, n)
	for i := range phils {
		phils[i] = NewPhilosopher(i, n)
	}

	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Go(func() { p.Dine(forks, rounds) })
	}
	wg.Wait()

	fmt.Println("Dining philosophers (lower fork first)")
	meals := 0
	for _, p := range phils {
		fmt.Printf("philosopher %d: forks %d then %d, meals %d, thoughts %d\n",
			p.ID, p.First, p.Last, p.Meals, p.Thoughts)
		meals += p.Meals
	}
	for i, f := range forks {
		fmt.Printf("fork %d used %d times\n", i, f.uses)
	}
	fmt.Println("total meals:", meals, "expected:", n*rounds)
	fmt.Println("finished without deadlock: true")
}
