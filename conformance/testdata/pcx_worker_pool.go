package main

import (
	"fmt"
	"sync"
)

// Job is a unit of work handed to the pool.
type Job struct {
	ID    int
	Input int
}

// Result carries the answer back together with the job it belongs to.
type Result struct {
	JobID  int
	Worker int
	Output int
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

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Worker: id, Output: collatzSteps(j.Input)}
	}
}

func main() {
	const numWorkers = 4
	inputs := []int{27, 97, 871, 6171, 77031, 1, 7, 9, 19, 31, 41, 55}

	jobs := make(chan Job)
	results := make(chan Result, len(inputs))

	var wg sync.WaitGroup
	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}

	go func() {
		for i, n := range inputs {
			jobs <- Job{ID: i, Input: n}
		}
		close(jobs)
	}()

	go func() {
		wg.Wait()
		close(results)
	}()

	outputs := make([]int, len(inputs))
	perWorker := make(map[int]int)
	for r := range results {
		outputs[r.JobID] = r.Output
		perWorker[r.Worker]++
	}

	fmt.Println("collatz steps by job:")
	total := 0
	for i, n := range inputs {
		fmt.Printf("  job %2d: n=%-6d steps=%d\n", i, n, outputs[i])
		total += outputs[i]
	}

	handled := 0
	for _, c := range perWorker {
		handled += c
	}
	fmt.Printf("jobs handled: %d of %d\n", handled, len(inputs))
	fmt.Printf("total steps: %d\n", total)

	longest := 0
	for i := range outputs {
		if outputs[i] > outputs[longest] {
			longest = i
		}
	}
	fmt.Printf("longest chain: n=%d with %d steps\n", inputs[longest], outputs[longest])
}
