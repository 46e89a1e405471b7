package main

import (
	"fmt"
	"sync"
	"sync/atomic"
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
	thoughts    int
}

// dine always locks the lower-numbered fork first. This global ordering
// breaks the circular wait, so the table can never deadlock.
func (p *Philosopher) dine(rounds int, bowl *atomic.Int64, wg *sync.WaitGroup) {
	defer wg.Done()
	first, second := p.left, p.right
	if first.id > second.id {
		first, second = second, first
	}
	for i := 0; i < rounds; i++ {
		p.think()
		first.Lock()
		second.Lock()
		first.uses++
		second.uses++
		p.meals++
		bowl.Add(-1)
		second.Unlock()
		first.Unlock()
	}
}

func (p *Philosopher) think() {
	x := 0
	for i := 0; i < 200; i++ {
		x += i * len(p.name)
	}
	if x > 0 {
		p.thoughts++
	}
}

func main() {
	names := []string{"Aristotle", "Kant", "Spinoza", "Marx", "Russell"}
	const rounds = 25

	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = &Fork{id: i}
	}
	table := make([]*Philosopher, len(names))
	for i, n := range names {
		table[i] = &Philosopher{
			name:  n,
			left:  forks[i],
			right: forks[(i+1)%len(forks)],
		}
	}

	var bowl atomic.Int64
	bowl.Store(int64(len(names) * rounds))

	var wg sync.WaitGroup
	for _, p := range table {
		wg.Add(1)
		go p.dine(rounds, &bowl, &wg)
	}
	wg.Wait()

	totalMeals := 0
	for _, p := range table {
		fmt.Printf("%-10s ate %d meals, thought %d times (forks %d & %d)\n",
			p.name, p.meals, p.thoughts, p.left.id, p.right.id)
		totalMeals += p.meals
	}
	for _, f := range forks {
		fmt.Printf("fork %d used %d times\n", f.id, f.uses)
	}
	fmt.Println("total meals:", totalMeals)
	fmt.Println("bowl remaining:", bowl.Load())
	fmt.Println("no deadlock: every philosopher finished")
}
