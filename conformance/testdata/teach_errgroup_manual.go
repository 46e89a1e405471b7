package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sync"
)

// Group runs tasks concurrently and collects their errors, like errgroup.
type Group struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	errs []error
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.mu.Lock()
			g.errs = append(g.errs, err)
			g.mu.Unlock()
		}
	}()
}

// Wait blocks for all tasks and returns their errors joined in a stable order.
func (g *Group) Wait() error {
	g.wg.Wait()
	slices.SortFunc(g.errs, func(a, b error) int {
		return cmp.Compare(a.Error(), b.Error())
	})
	return errors.Join(g.errs...)
}

// TaskError is a typed error so callers can inspect which task failed.
type TaskError struct{ Task int }

func (e *TaskError) Error() string { return fmt.Sprintf("task %d failed", e.Task) }

func run(failing map[int]bool) {
	var g Group
	results := make([]int, 6)
	for i := range results {
		g.Go(func() error {
			if failing[i] {
				return &TaskError{Task: i}
			}
			results[i] = i * i
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("results:", results)
	if err == nil {
		fmt.Println("error: <nil>")
	} else {
		fmt.Printf("error:\n%v\n", err)
		var te *TaskError
		if errors.As(err, &te) {
			fmt.Println("errors.As found first failing task:", te.Task)
		}
	}
}

func main() {
	fmt.Println("== All tasks succeed ==")
	run(nil)
	fmt.Println()
	fmt.Println("== One task fails ==")
	run(map[int]bool{3: true})
	fmt.Println()
	fmt.Println("== Several fail: errors sorted before joining ==")
	run(map[int]bool{5: true, 1: true, 4: true})
}
