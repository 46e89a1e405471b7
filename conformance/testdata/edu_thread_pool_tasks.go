// Lab 9: a fixed-size thread pool.
//
// A pool starts N worker goroutines once and feeds them tasks through a
// channel, instead of starting one goroutine per task. Results come back on a
// second channel in completion order; the client sorts them by task ID to
// print a deterministic report.
package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Task struct {
	ID   int
	Kind string
	N    int
}

type Result struct {
	TaskID int
	Kind   string
	N      int
	Value  int
	Err    string
}

type Pool struct {
	tasks   chan Task
	results chan Result
	wg      sync.WaitGroup
}

func NewPool(workers int) *Pool {
	p := &Pool{tasks: make(chan Task), results: make(chan Result, 16)}
	for i := 0; i < workers; i++ {
		p.wg.Add(1)
		go p.worker()
	}
	// When every worker is done, no more results can arrive.
	go func() { p.wg.Wait(); close(p.results) }()
	return p
}

func (p *Pool) worker() {
	defer p.wg.Done()
	for t := range p.tasks {
		p.results <- execute(t)
	}
}

func (p *Pool) Submit(t Task)          { p.tasks <- t }
func (p *Pool) Shutdown()              { close(p.tasks) }
func (p *Pool) Results() <-chan Result { return p.results }

func execute(t Task) Result {
	r := Result{TaskID: t.ID, Kind: t.Kind, N: t.N}
	switch t.Kind {
	case "factorial":
		r.Value = 1
		for i := 2; i <= t.N; i++ {
			r.Value *= i
		}
	case "primes":
		for c := 2; c < t.N; c++ {
			prime := true
			for d := 2; d*d <= c; d++ {
				if c%d == 0 {
					prime = false
					break
				}
			}
			if prime {
				r.Value++
			}
		}
	case "collatz":
		for n := t.N; n != 1; r.Value++ {
			if n%2 == 0 {
				n /= 2
			} else {
				n = 3*n + 1
			}
		}
	default:
		r.Err = "unknown task kind " + t.Kind
	}
	return r
}

func main() {
	kinds := []string{"factorial", "primes", "collatz", "sqrt"}
	var tasks []Task
	for i := 0; i < 14; i++ {
		kind := kinds[i%3]
		if i == 11 {
			kind = kinds[3] // one deliberately unsupported task
		}
		n := 5 + 3*i
		if kind == "factorial" {
			n = 2 + i // keep n! within int64
		}
		tasks = append(tasks, Task{ID: i, Kind: kind, N: n})
	}

	pool := NewPool(4)
	go func() {
		for _, t := range tasks {
			pool.Submit(t)
		}
		pool.Shutdown()
	}()

	var results []Result
	for r := range pool.Results() {
		results = append(results, r)
	}
	slices.SortFunc(results, func(a, b Result) int { return a.TaskID - b.TaskID })

	fmt.Printf("%-4s %-10s %4s  %s\n", "id", "kind", "n", "result")
	fmt.Println(strings.Repeat("-", 36))
	failed := 0
	for _, r := range results {
		if r.Err != "" {
			failed++
			fmt.Printf("%-4d %-10s %4d  ERROR: %s\n", r.TaskID, r.Kind, r.N, r.Err)
			continue
		}
		fmt.Printf("%-4d %-10s %4d  %d\n", r.TaskID, r.Kind, r.N, r.Value)
	}
	fmt.Printf("%d tasks, %d ok, %d failed\n", len(results), len(results)-failed, failed)
}
