// Homework 2, problem 9: work queue with a WaitGroup and a results channel.
// A fixed number of workers pull tasks from a channel. When the WaitGroup
// reaches zero a helper goroutine closes the results channel, which ends the
// collection loop in main. Results are stored by task ID to restore order.
package main

import (
	"fmt"
	"sync"
)

// Task asks for the Collatz stopping time of N.
type Task struct {
	ID int
	N  int
}

// Result is the answer for one task.
type Result struct {
	TaskID int
	N      int
	Steps  int
	Peak   int
}

func collatz(n int) (steps, peak int) {
	peak = n
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		peak = max(peak, n)
		steps++
	}
	return steps, peak
}

func worker(tasks <-chan Task, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for t := range tasks {
		s, p := collatz(t.N)
		results <- Result{TaskID: t.ID, N: t.N, Steps: s, Peak: p}
	}
}

func main() {
	inputs := []int{6, 7, 9, 12, 19, 27, 31, 41, 54, 73, 97, 111}
	tasks := make(chan Task)
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(tasks, results, &wg)
	}
	go func() {
		for i, n := range inputs {
			tasks <- Task{ID: i, N: n}
		}
		close(tasks) // no more work: workers' range loops end
	}()
	go func() {
		wg.Wait()
		close(results) // all workers done: collection loop ends
	}()

	ordered := make([]Result, len(inputs))
	received := 0
	for r := range results {
		ordered[r.TaskID] = r
		received++
	}
	fmt.Println("Collatz work queue")
	longest := ordered[0]
	for _, r := range ordered {
		fmt.Printf("task %2d: n=%3d steps=%3d peak=%5d\n", r.TaskID, r.N, r.Steps, r.Peak)
		if r.Steps > longest.Steps {
			longest = r
		}
	}
	fmt.Println("results received:", received)
	fmt.Println("longest chain: n =", longest.N, "with", longest.Steps, "steps")
}
