package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// The waiter is a counting semaphore that lets at most n-1 philosophers
// reach for forks at once, which rules out the circular wait.
type Waiter chan struct{}

func (w Waiter) Seat()  { w <- struct{}{} }
func (w Waiter) Leave() { <-w }

type Table struct {
	forks   []sync.Mutex
	waiter  Waiter
	eating  atomic.Int32
	peak    atomic.Int32
	meals   []int
	noodles []int
}

func NewTable(n int) *Table {
	return &Table{
		forks:   make([]sync.Mutex, n),
		waiter:  make(Waiter, n-1),
		meals:   make([]int, n),
		noodles: make([]int, n),
	}
}

func (t *Table) dine(id, rounds int, wg *sync.WaitGroup) {
	defer wg.Done()
	n := len(t.forks)
	left, right := id, (id+1)%n
	for r := 0; r < rounds; r++ {
		runtime.Gosched() // think for a moment

		t.waiter.Seat()
		t.forks[left].Lock()
		t.forks[right].Lock()

		now := t.eating.Add(1)
		for {
			p := t.peak.Load()
			if now <= p || t.peak.CompareAndSwap(p, now) {
				break
			}
		}
		t.meals[id]++
		t.noodles[id] += (r%3 + 1) * (id + 1)
		t.eating.Add(-1)

		t.forks[right].Unlock()
		t.forks[left].Unlock()
		t.waiter.Leave()
	}
}

func main() {
	names := []string{"Aristotle", "Kant", "Spinoza", "Marx", "Russell"}
	for _, rounds := range []int{1, 10, 40} {
		table := NewTable(len(names))
		var wg sync.WaitGroup
		for i := range names {
			wg.Add(1)
			go table.dine(i, rounds, &wg)
		}
		wg.Wait()

		fmt.Printf("rounds=%d\n", rounds)
		total := 0
		for i, name := range names {
			fmt.Printf("  %-9s meals=%2d noodles=%3d\n", name, table.meals[i], table.noodles[i])
			total += table.meals[i]
		}
		fmt.Printf("  total meals %d, at most two eating at once: %v\n",
			total, table.peak.Load() <= int32(len(names)/2))
		fmt.Println("  seats free at the end:", cap(table.waiter)-len(table.waiter))
	}

	// With only two philosophers the waiter admits one at a time.
	small := NewTable(2)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go small.dine(i, 25, &wg)
	}
	wg.Wait()
	fmt.Println("two philosophers:", small.meals, "peak eaters:", small.peak.Load())
}
