package main

import (
	"fmt"
	"strings"
	"sync"
)

// Job is a unit of work identified by its index.
type Job struct {
	ID   int
	Text string
}

// Result carries the job id so the output can be placed by index.
type Result struct {
	ID     int
	Upper  string
	Vowels int
	Worker int
}

func (r Result) String() string {
	return fmt.Sprintf("job %d: %-9s vowels=%d", r.ID, r.Upper, r.Vowels)
}

func countVowels(s string) int {
	n := 0
	for _, r := range s {
		if strings.ContainsRune("aeiou", r) {
			n++
		}
	}
	return n
}

func process(j Job, worker int) Result {
	return Result{
		ID:     j.ID,
		Upper:  strings.ToUpper(j.Text),
		Vowels: countVowels(j.Text),
		Worker: worker,
	}
}

func main() {
	words := []string{"go", "channel", "mutex", "goroutine", "select", "atomic", "barrier"}
	const numWorkers = 3

	jobs := make(chan Job)
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 1; w <= numWorkers; w++ {
		wg.Go(func() {
			for j := range jobs {
				results <- process(j, w)
			}
		})
	}
	go func() {
		for i, w := range words {
			jobs <- Job{ID: i, Text: w}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	// Results arrive in any order; store them by job id.
	out := make([]Result, len(words))
	perWorker := make([]int, numWorkers+1)
	for r := range results {
		out[r.ID] = r
		perWorker[r.Worker]++
	}

	fmt.Println("== Results indexed by job id (order independent of scheduling) ==")
	for _, r := range out {
		fmt.Println(r)
	}
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println()
	fmt.Println("== Bookkeeping ==")
	fmt.Println("workers:", numWorkers, "jobs:", len(words), "results:", total)
	fmt.Println("(which worker handled which job varies run to run, so we don't print it)")
}
