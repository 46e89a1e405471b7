package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

var ErrTransient = errors.New("transient failure")
var ErrPermanent = errors.New("permanent failure")

type Job struct {
	ID       int
	FailsFor int  // number of attempts that fail before success
	Broken   bool // never succeeds
}

type Outcome struct {
	JobID    int
	Attempts int
	Err      error
}

func (j Job) attempt(n int) error {
	if j.Broken {
		return fmt.Errorf("job %d: %w", j.ID, ErrPermanent)
	}
	if n <= j.FailsFor {
		return fmt.Errorf("job %d attempt %d: %w", j.ID, n, ErrTransient)
	}
	return nil
}

func runWithRetry(j Job, maxAttempts int) Outcome {
	var err error
	for n := 1; n <= maxAttempts; n++ {
		err = j.attempt(n)
		if err == nil {
			return Outcome{JobID: j.ID, Attempts: n}
		}
		if errors.Is(err, ErrPermanent) {
			return Outcome{JobID: j.ID, Attempts: n, Err: err}
		}
	}
	return Outcome{JobID: j.ID, Attempts: maxAttempts, Err: err}
}

func main() {
	jobs := []Job{
		{ID: 1}, {ID: 2, FailsFor: 1}, {ID: 3, FailsFor: 5},
		{ID: 4, Broken: true}, {ID: 5, FailsFor: 2}, {ID: 6},
		{ID: 7, FailsFor: 3}, {ID: 8, Broken: true},
	}
	const workers, maxAttempts = 3, 4

	in := make(chan Job)
	out := make(chan Outcome)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range in {
				out <- runWithRetry(j, maxAttempts)
			}
		})
	}
	go func() {
		for _, j := range jobs {
			in <- j
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()

	var outcomes []Outcome
	for o := range out {
		outcomes = append(outcomes, o)
	}
	sort.Slice(outcomes, func(a, b int) bool { return outcomes[a].JobID < outcomes[b].JobID })

	var errs []error
	for _, o := range outcomes {
		status := "ok"
		if o.Err != nil {
			status = "FAILED"
			errs = append(errs, o.Err)
		}
		fmt.Printf("job %d: %-6s after %d attempt(s)\n", o.JobID, status, o.Attempts)
	}

	joined := errors.Join(errs...)
	fmt.Println(strings.Repeat("=", 30))
	fmt.Println("combined error:")
	fmt.Println(joined)
	fmt.Println("contains permanent:", errors.Is(joined, ErrPermanent))
	fmt.Println("contains transient:", errors.Is(joined, ErrTransient))
}
