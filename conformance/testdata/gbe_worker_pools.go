// Go by Example: Worker Pools
package main

import (
	"fmt"
	"slices"
	"sync"
)

type result struct {
	job, value, worker int
}

// worker receives work on the jobs channel and sends the
// corresponding results on results.
func worker(id int, jobs <-chan int, results chan<- result) {
	for j := range jobs {
		results <- result{job: j, value: j * 2, worker: id}
	}
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
	// In order to use our pool of workers we need to send
	// them work and collect their results.
	const numJobs = 5
	jobs := make(chan int, numJobs)
	results := make(chan result, numJobs)

	// This starts up 3 workers, initially blocked.
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}

	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)

	// Which worker handles which job depends on scheduling,
	// so we order results by job before printing.
	var all []result
	for range numJobs {
		all = append(all, <-results)
	}
	slices.SortFunc(all, func(a, b result) int { return a.job - b.job })
	workersSeen := map[int]bool{}
	for _, r := range all {
		fmt.Printf("job %d -> %d\n", r.job, r.value)
		workersSeen[r.worker] = true
	}
	fmt.Println("workers used at most 3:", len(workersSeen) <= 3)

	// A second pool using a WaitGroup and an indexed output slice:
	// each worker writes only to its own job's slot.
	inputs := []int{27, 7, 97, 871, 1, 6171, 19}
	steps := make([]int, len(inputs))
	idx := make(chan int)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i := range idx {
				steps[i] = collatzSteps(inputs[i])
			}
		})
	}
	for i := range inputs {
		idx <- i
	}
	close(idx)
	wg.Wait()
	for i, n := range inputs {
		fmt.Printf("collatz(%d) = %d steps\n", n, steps[i])
	}
	fmt.Println("longest:", slices.Max(steps))
}
