// Lecture 25: panics inside goroutines. A panic in a goroutine that is not
// recovered kills the whole program, so each worker recovers and reports.
// The program then exits with status 3 to signal failed jobs to the shell.
package main

import (
	"fmt"
	"os"
	"slices"
	"sync"
)

type JobError struct {
	Job    int
	Reason any
}

func (e JobError) Error() string { return fmt.Sprintf("job %d panicked: %v", e.Job, e.Reason) }

func risky(n int) int {
	switch {
	case n%5 == 0:
		var m map[string]int
		m["boom"] = n // assignment to nil map
	case n%7 == 0:
		panic(fmt.Sprintf("unlucky seven: %d", n))
	}
	return 100 / (n % 4) // integer divide by zero when n%4 == 0
}

// safeRun converts a panic into an error using a named result.
func safeRun(job int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = JobError{Job: job, Reason: r}
		}
	}()
	return risky(job), nil
}

func main() {
	defer fmt.Println("this deferred line is skipped by os.Exit")

	const jobs = 15
	results := make([]int, jobs)
	var mu sync.Mutex
	var failures []JobError
	var wg sync.WaitGroup
	for j := 1; j <= jobs; j++ {
		wg.Go(func() {
			v, err := safeRun(j)
			if err != nil {
				mu.Lock()
				failures = append(failures, err.(JobError))
				mu.Unlock()
				return
			}
			results[j-1] = v
		})
	}
	wg.Wait()

	slices.SortFunc(failures, func(a, b JobError) int { return a.Job - b.Job })
	for j, v := range results {
		if v != 0 {
			fmt.Printf("job %2d ok: %d\n", j+1, v)
		}
	}
	for _, f := range failures {
		fmt.Println("FAIL", f)
	}
	fmt.Printf("%d ok, %d failed\n", jobs-len(failures), len(failures))
	if len(failures) > 0 {
		fmt.Println("exiting with status 3")
		os.Exit(3)
	}
}
