// Handout 1: a classic worker pool.
// A fixed number of workers pull jobs from a shared channel and push
// results to another channel. Results are stored by job ID so the
// printed output does not depend on which worker handled which job.
package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID    int
	Input int
}

type Result struct {
	JobID  int
	Output int
}

// process is the "expensive" unit of work.
func process(j Job) Result {
	sum := 0
	for i := 1; i <= j.Input; i++ {
		sum += i * i
	}
	return Result{JobID: j.ID, Output: sum}
}

func worker(jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- process(j)
	}
}

func runPool(numWorkers int, inputs []int) []int {
	jobs := make(chan Job)
	results := make(chan Result, len(inputs))
	var wg sync.WaitGroup
	for w := 0; w < numWorkers; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	go func() {
		for i, in := range inputs {
			jobs <- Job{ID: i, Input: in}
		}
		close(jobs)
	}()
	wg.Wait()
	close(results)

	out := make([]int, len(inputs))
	for r := range results {
		out[r.JobID] = r.Output
	}
	return out
}

func main() {
	inputs := []int{1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233}
	for _, workers := range []int{1, 4} {
		fmt.Printf("== pool with %d worker(s) ==\n", workers)
		out := runPool(workers, inputs)
		total := 0
		for i, v := range out {
			fmt.Printf("job %2d: sum of squares 1..%-3d = %d\n", i, inputs[i], v)
			total += v
		}
		fmt.Println("grand total:", total)
	}
}
