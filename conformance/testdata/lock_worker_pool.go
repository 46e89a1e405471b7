package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID int
	N  int
}

type Result struct {
	JobID  int
	Worker int
	Steps  int
	Peak   int
}

// collatz returns the number of steps to reach 1 and the highest value seen.
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

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		s, p := collatz(j.N)
		results <- Result{JobID: j.ID, Worker: id, Steps: s, Peak: p}
	}
}

func main() {
	inputs := []int{27, 97, 871, 6171, 77031, 12, 1, 703, 9, 230631, 15, 255}
	jobs := make(chan Job)
	results := make(chan Result, len(inputs))

	var wg sync.WaitGroup
	const numWorkers = 4
	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}

	go func() {
		for i, n := range inputs {
			jobs <- Job{ID: i, N: n}
		}
		close(jobs)
	}()

	go func() {
		wg.Wait()
		close(results)
	}()

	byJob := make([]Result, len(inputs))
	perWorker := make(map[int]int)
	for r := range results {
		byJob[r.JobID] = r
		perWorker[r.Worker]++
	}

	fmt.Printf("%-4s %-7s %-6s %s\n", "job", "n", "steps", "peak")
	longest := 0
	for i, r := range byJob {
		fmt.Printf("%-4d %-7d %-6d %d\n", i, inputs[i], r.Steps, r.Peak)
		if r.Steps > byJob[longest].Steps {
			longest = i
		}
	}
	fmt.Printf("longest chain: n=%d with %d steps\n", inputs[longest], byJob[longest].Steps)

	done := 0
	for w := 1; w <= numWorkers; w++ {
		done += perWorker[w]
	}
	fmt.Println("jobs completed by all workers:", done)
}
