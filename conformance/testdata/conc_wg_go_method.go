package main

import (
	"fmt"
	"slices"
	"sync"
)

type Task struct {
	ID    int
	Input int
}

type Result struct {
	TaskID int
	Output int
}

func (r Result) String() string {
	return fmt.Sprintf("task#%d=%d", r.TaskID, r.Output)
}

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	tasks := []Task{{1, 27}, {2, 97}, {3, 871}, {4, 6171}, {5, 7}, {6, 1}}

	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		results []Result
	)
	for _, t := range tasks {
		// WaitGroup.Go (Go 1.25) does Add(1), go, and Done for us.
		wg.Go(func() {
			r := Result{TaskID: t.ID, Output: collatzSteps(t.Input)}
			mu.Lock()
			results = append(results, r)
			mu.Unlock()
		})
	}
	wg.Wait()

	slices.SortFunc(results, func(a, b Result) int { return a.TaskID - b.TaskID })
	for _, r := range results {
		fmt.Println(r)
	}

	best := slices.MaxFunc(results, func(a, b Result) int { return a.Output - b.Output })
	fmt.Printf("longest: %+v\n", best)
}
