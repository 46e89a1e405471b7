package main

import (
	"fmt"
	"sync"
)

// Job is a unit of work handed to the pool.
type Job struct {
	ID    int
	Value int
}

// Result carries the job id back so the caller can put it in place.
type Result struct {
	JobID  int
	Square int
	Worker int
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Square: j.Value * j.Value, Worker: id}
	}
}

func main() {
	const numWorkers = 4
	values := []int{3, 7, 1, 12, 5, 9, 2, 8, 11, 4, 6, 10}

	jobs := make(chan Job)
	results := make(chan Result, len(values))

	var wg sync.WaitGroup
	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}

	go func() {
		for i, v := range values {
			jobs <- Job{ID: i, Value: v}
		}
		close(jobs)
	}()

	wg.Wait()
	close(results)

	squares := make([]int, len(values))
	perWorker := make(map[int]int)
	for r := range results {
		squares[r.JobID] = r.Square
		perWorker[r.Worker]++
	}

	fmt.Println("job  value  square")
	total := 0
	for i, v := range values {
		fmt.Printf("%3d  %5d  %6d\n", i, v, squares[i])
		total += squares[i]
	}
	fmt.Printf("sum of squares: %d\n", total)

	handled := 0
	for _, n := range perWorker {
		handled += n
	}
	fmt.Printf("jobs handled by %d workers: %d\n", numWorkers, handled)
}
