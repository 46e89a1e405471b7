// A worker pool: jobs fan out to goroutines, results are gathered and
// printed in job-id order regardless of which worker finished first.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID    int
	Input int
}

type Result struct {
	JobID  int
	Output int
	Steps  int
	Err    error
}

var ErrTooBig = errors.New("input too large")

// collatz counts steps to reach 1, refusing inputs above a limit.
func collatz(n int) (peak, steps int, err error) {
	if n > 100000 {
		return 0, 0, fmt.Errorf("collatz(%d): %w", n, ErrTooBig)
	}
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
	return peak, steps, nil
}

func worker(jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup, processed *[4]int, id int) {
	defer wg.Done()
	for j := range jobs {
		peak, steps, err := collatz(j.Input)
		processed[id]++
		results <- Result{JobID: j.ID, Output: peak, Steps: steps, Err: err}
	}
}

func main() {
	inputs := []int{27, 7, 97, 871, 1, 6171, 250000, 77031, 12, 703, 9, 230631}
	jobs := make(chan Job)
	results := make(chan Result, len(inputs))
	var processed [4]int
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg, &processed, w)
	}
	go func() {
		for i, in := range inputs {
			jobs <- Job{ID: i + 1, Input: in}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	byID := map[int]Result{}
	for r := range results {
		byID[r.JobID] = r
	}
	ids := make([]int, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Ints(ids)

	totalSteps, failures := 0, 0
	best := Result{}
	for _, id := range ids {
		r := byID[id]
		if r.Err != nil {
			failures++
			fmt.Printf("job %2d input=%-7d error: %v (too big: %t)\n", id, inputs[id-1], r.Err, errors.Is(r.Err, ErrTooBig))
			continue
		}
		totalSteps += r.Steps
		if r.Steps > best.Steps {
			best = r
		}
		fmt.Printf("job %2d input=%-7d steps=%-4d peak=%d\n", id, inputs[id-1], r.Steps, r.Output)
	}
	sum := 0
	for _, n := range processed {
		sum += n
	}
	fmt.Printf("jobs=%d processed=%d failures=%d total_steps=%d\n", len(ids), sum, failures, totalSteps)
	fmt.Printf("longest: job %d with %d steps\n", best.JobID, best.Steps)
}
