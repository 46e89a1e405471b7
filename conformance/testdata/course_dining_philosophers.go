// Lab 2c: dining philosophers.
// Two deadlock-free strategies:
//   - resource ordering: always pick up the lower-numbered fork first;
//   - a waiter: at most N-1 philosophers may sit at the table at once.
//
// Every philosopher eats a fixed number of meals, so the tallies are exact
// whatever order they actually ate in.
package main

import (
	"fmt"
	"sync"
)

type Fork struct {
	sync.Mutex
	id   int
	uses int // only modified while the fork is held
}

type Philosopher struct {
	name        string
	left, right *Fork
	meals       int
	thoughts    int
}

func (p *Philosopher) eat() {
	p.meals++
	p.left.uses++
	p.right.uses++
}

func (p *Philosopher) think(round int) {
	// Some busy work instead of sleeping.
	x := round
	for i := 0; i < 50; i++ {
		x = (x*31 + i) % 1009
	}
	p.thoughts += x % 2
}

func table(names []string) ([]*Philosopher, []*Fork) {
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = &Fork{id: i}
	}
	phils := make([]*Philosopher, len(names))
	for i, n := range names {
		phils[i] = &Philosopher{name: n, left: forks[i], right: forks[(i+1)%len(names)]}
	}
	return phils, forks
}

func ordered(p *Philosopher, rounds int) {
	first, second := p.left, p.right
	if second.id < first.id {
		first, second = second, first
	}
	for r := 0; r < rounds; r++ {
		p.think(r)
		first.Lock()
		second.Lock()
		p.eat()
		second.Unlock()
		first.Unlock()
	}
}

func withWaiter(seats chan struct{}) func(*Philosopher, int) {
	return func(p *Philosopher, rounds int) {
		for r := 0; r < rounds; r++ {
			p.think(r)
			seats <- struct{}{} // ask the waiter for a seat
			p.left.Lock()
			p.right.Lock()
			p.eat()
			p.right.Unlock()
			p.left.Unlock()
			<-seats
		}
	}
}

func dine(title string, names []string, rounds int, strategy func(*Philosopher, int)) {
	phils, forks := table(names)
	var wg sync.WaitGroup
	for i, p := range phils {
		wg.Add(1)
		go func() {
			defer wg.Done()
			strategy(p, rounds+10*i) // later philosophers are hungrier
		}()
	}
	wg.Wait()

	fmt.Println(title)
	meals := 0
	for _, p := range phils {
		fmt.Printf("  %-10s meals=%d thoughts=%d\n", p.name, p.meals, p.thoughts)
		meals += p.meals
	}
	uses := make([]int, len(forks))
	for i, f := range forks {
		uses[i] = f.uses
	}
	fmt.Printf("  total meals=%d fork uses=%v\n", meals, uses)
}

func main() {
	names := []string{"Plato", "Kant", "Hume", "Descartes", "Spinoza"}
	dine("resource ordering:", names, 200, ordered)
	seats := make(chan struct{}, len(names)-1)
	dine("waiter with 4 seats:", names, 200, withWaiter(seats))
	dine("two philosophers, ordering:", names[:2], 50, ordered)
}
