// A rate-limited worker pool: a buffered channel acts as a counting semaphore
// so that at most `limit` tasks run at the same time.
package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

type Task struct {
	ID   int
	Name string
}

func (t Task) String() string { return fmt.Sprintf("task#%02d(%s)", t.ID, t.Name) }

type gauge struct {
	current atomic.Int32
	peak    atomic.Int32
}

func (g *gauge) enter() {
	c := g.current.Add(1)
	for {
		p := g.peak.Load()
		if c <= p || g.peak.CompareAndSwap(p, c) {
			return
		}
	}
}

func (g *gauge) leave() { g.current.Add(-1) }

func main() {
	const limit = 3
	words := strings.Fields("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu")
	tasks := make([]Task, len(words))
	for i, w := range words {
		tasks[i] = Task{ID: i, Name: w}
	}

	sem := make(Semaphore, limit)
	var g gauge
	results := make([]string, len(tasks))
	var wg sync.WaitGroup
	for i, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			g.enter()
			defer g.leave()
			if i < 4 {
				time.Sleep(2 * time.Millisecond) // give overlap a chance; not needed for output
			}
			results[i] = fmt.Sprintf("%v -> %s", t, strings.ToUpper(t.Name))
		}()
	}
	wg.Wait()

	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println("peak concurrency within limit:", g.peak.Load() <= limit)
	fmt.Println("semaphore empty at end:", len(sem) == 0)
}
