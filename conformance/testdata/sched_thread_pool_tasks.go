package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

// Task is a unit of work the pool can execute.
type Task interface {
	Describe() string
	Run() (string, error)
}

type WordCount struct{ Text string }

func (w WordCount) Describe() string { return "wordcount" }
func (w WordCount) Run() (string, error) {
	if strings.TrimSpace(w.Text) == "" {
		return "", errors.New("empty text")
	}
	return fmt.Sprintf("%d words", len(strings.Fields(w.Text))), nil
}

type Factorial struct{ N int }

func (f Factorial) Describe() string { return "factorial" }
func (f Factorial) Run() (string, error) {
	if f.N < 0 || f.N > 20 {
		return "", fmt.Errorf("factorial(%d) out of range", f.N)
	}
	r := uint64(1)
	for i := 2; i <= f.N; i++ {
		r *= uint64(i)
	}
	return fmt.Sprint(r), nil
}

type Reverse struct{ S string }

func (r Reverse) Describe() string { return "reverse" }
func (r Reverse) Run() (string, error) {
	rs := []rune(r.S)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs), nil
}

type Result struct {
	Output string
	Err    error
}

type Pool struct {
	workers int
}

// Execute runs all tasks and returns the results indexed by task id.
func (p Pool) Execute(tasks []Task) []Result {
	results := make([]Result, len(tasks))
	ids := make(chan int)
	var wg sync.WaitGroup
	for range p.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range ids {
				out, err := tasks[id].Run()
				results[id] = Result{out, err} // each id written by exactly one worker
			}
		}()
	}
	for id := range tasks {
		ids <- id
	}
	close(ids)
	wg.Wait()
	return results
}

func main() {
	tasks := []Task{
		WordCount{"the quick brown fox jumps over the lazy dog"},
		Factorial{10},
		Reverse{"scheduler"},
		Factorial{25},
		WordCount{"   "},
		Reverse{"goroutine"},
		Factorial{20},
		WordCount{"round robin with quantum four"},
	}

	pool := Pool{workers: 3}
	results := pool.Execute(tasks)

	failed := 0
	for id, r := range results {
		status := "ok"
		out := r.Output
		if r.Err != nil {
			status, out = "error", r.Err.Error()
			failed++
		}
		fmt.Printf("task %2d %-10s %-6s %v\n", id, tasks[id].Describe(), status, out)
	}
	fmt.Printf("%d tasks, %d succeeded, %d failed\n", len(tasks), len(tasks)-failed, failed)
}
