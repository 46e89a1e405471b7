package main

import (
	"fmt"
	"strings"
	"sync"
)

// Worker actors process jobs from their mailbox. A job with a zero divisor
// makes the worker panic; the supervisor recovers, logs the crash and
// restarts the worker on the same mailbox, up to a restart limit.

type job struct {
	a, b int
}

type report struct {
	worker   int
	results  []string
	crashes  []string
	restarts int
	gaveUp   bool
}

func process(mailbox <-chan job, rep *report) (crashed bool) {
	var current job
	defer func() {
		if r := recover(); r != nil {
			rep.crashes = append(rep.crashes, fmt.Sprintf("job %d/%d: %v", current.a, current.b, r))
			crashed = true
		}
	}()
	for j := range mailbox {
		current = j
		rep.results = append(rep.results, fmt.Sprintf("%d/%d=%d", j.a, j.b, j.a/j.b))
	}
	return false
}

func supervise(id int, mailbox <-chan job, maxRestarts int, rep *report, wg *sync.WaitGroup) {
	defer wg.Done()
	rep.worker = id
	for {
		if !process(mailbox, rep) {
			return // mailbox closed normally
		}
		if rep.restarts == maxRestarts {
			rep.gaveUp = true
			for range mailbox {
				// drop remaining jobs so senders are not blocked
			}
			return
		}
		rep.restarts++
	}
}

func main() {
	jobs := [][]job{
		{{10, 2}, {9, 3}, {7, 7}},
		{{8, 4}, {1, 0}, {6, 2}, {5, 0}, {4, 4}},
		{{3, 0}, {2, 0}, {1, 0}, {100, 10}},
		{},
	}
	limits := []int{3, 3, 2, 1}

	mailboxes := make([]chan job, len(jobs))
	reports := make([]report, len(jobs))
	var wg sync.WaitGroup
	for i := range jobs {
		mailboxes[i] = make(chan job)
		wg.Add(1)
		go supervise(i, mailboxes[i], limits[i], &reports[i], &wg)
	}

	// Send jobs round-robin so the workers run concurrently.
	for step := 0; ; step++ {
		sent := false
		for i, list := range jobs {
			if step < len(list) {
				mailboxes[i] <- list[step]
				sent = true
			}
		}
		if !sent {
			break
		}
	}
	for _, mb := range mailboxes {
		close(mb)
	}
	wg.Wait()

	totalCrashes := 0
	for _, r := range reports {
		fmt.Printf("worker %d (limit %d)\n", r.worker, limits[r.worker])
		fmt.Printf("  results:  [%s]\n", strings.Join(r.results, " "))
		for _, c := range r.crashes {
			fmt.Printf("  crash:    %s\n", c)
		}
		fmt.Printf("  restarts: %d gave up: %v\n", r.restarts, r.gaveUp)
		totalCrashes += len(r.crashes)
	}
	fmt.Println("total crashes:", totalCrashes)
}
