package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type TransientError struct {
	Job     int
	Attempt int
}

func (e *TransientError) Error() string {
	return fmt.Sprintf("job %d: transient failure on attempt %d", e.Job, e.Attempt)
}

type FatalError struct {
	Job    int
	Reason string
}

func (e *FatalError) Error() string { return fmt.Sprintf("job %d: fatal: %s", e.Job, e.Reason) }

type Result struct {
	Job      int
	Value    int
	Attempts int
	Err      error
}

// process fails deterministically based on job id and attempt number.
func process(job, attempt int) (int, error) {
	switch {
	case job%7 == 0:
		return 0, &FatalError{job, "divisible by seven"}
	case job%3 == 0 && attempt < 3:
		return 0, &TransientError{job, attempt}
	case job%5 == 0 && attempt < 5:
		return 0, &TransientError{job, attempt}
	}
	return job * job, nil
}

func worker(jobs <-chan int, results chan<- Result, maxAttempts int) {
	for job := range jobs {
		r := Result{Job: job}
		for attempt := 1; attempt <= maxAttempts; attempt++ {
			r.Attempts = attempt
			r.Value, r.Err = process(job, attempt)
			var te *TransientError
			if r.Err == nil || !errors.As(r.Err, &te) {
				break
			}
		}
		results <- r
	}
}

func main() {
	jobs := make(chan int)
	results := make(chan Result)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() { worker(jobs, results, 4) })
	}
	go func() {
		for j := 1; j <= 15; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Job < all[j].Job })
	ok, transient, fatal := 0, 0, 0
	for _, r := range all {
		var fe *FatalError
		var te *TransientError
		switch {
		case r.Err == nil:
			ok++
			fmt.Printf("job %2d ok value=%d attempts=%d\n", r.Job, r.Value, r.Attempts)
		case errors.As(r.Err, &fe):
			fatal++
			fmt.Printf("job %2d FAILED %v\n", r.Job, fe)
		case errors.As(r.Err, &te):
			transient++
			fmt.Printf("job %2d GAVE UP after %d: %v\n", r.Job, r.Attempts, te)
		}
	}
	fmt.Printf("ok=%d gaveup=%d fatal=%d total=%d\n", ok, transient, fatal, len(all))
}
