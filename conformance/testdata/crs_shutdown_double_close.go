// Lecture 18: graceful shutdown of a worker pool -- and a classic bug.
// The pool works correctly, but Shutdown is not idempotent: calling it a
// second time closes an already-closed channel and the program panics.
package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Task struct {
	ID   int
	Text string
}

type Pool struct {
	tasks   chan Task
	wg      sync.WaitGroup
	mu      sync.Mutex
	results map[int]string
}

func NewPool(workers int) *Pool {
	p := &Pool{tasks: make(chan Task, 4), results: map[int]string{}}
	for i := 0; i < workers; i++ {
		p.wg.Add(1)
		go p.work()
	}
	return p
}

func (p *Pool) work() {
	defer p.wg.Done()
	for t := range p.tasks {
		out := strings.ToUpper(t.Text)
		p.mu.Lock()
		p.results[t.ID] = out
		p.mu.Unlock()
	}
}

func (p *Pool) Submit(t Task) { p.tasks <- t }

// Shutdown stops accepting work and waits for the workers.
// BUG: there is no sync.Once guarding close.
func (p *Pool) Shutdown() {
	close(p.tasks)
	p.wg.Wait()
}

func (p *Pool) Report() {
	ids := make([]int, 0, len(p.results))
	for id := range p.results {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		fmt.Printf("task %02d -> %s\n", id, p.results[id])
	}
}

func main() {
	p := NewPool(3)
	words := []string{"fork", "join", "spawn", "yield", "park", "wake", "steal"}
	for i, w := range words {
		p.Submit(Task{ID: i + 1, Text: w})
	}
	p.Shutdown()
	p.Report()
	fmt.Printf("completed %d/%d tasks\n", len(p.results), len(words))

	fmt.Println("cleanup handler calls Shutdown again...")
	defer fmt.Println("deferred: main is unwinding")
	p.Shutdown() // panics: close of closed channel
	fmt.Println("never printed")
}
