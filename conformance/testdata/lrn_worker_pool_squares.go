package main

import (
	"fmt"
	"slices"
	"sync"
)

type Result struct {
	Input  int
	Output int
	Worker int
}

var processed = map[int]int{}
var processedMu sync.Mutex

func main() {
	jobs := make(chan int, 20)
	results := make(chan Result, 20)
	numWorkers := 3

	var wg sync.WaitGroup
	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	fmt.Println("started", numWorkers, "workers")

	for i := 1; i <= 12; i++ {
		jobs <- i
	}
	close(jobs)
	fmt.Println("sent 12 jobs")

	wg.Wait()
	close(results)

	all := []Result{}
	for r := range results {
		all = append(all, r)
	}
	slices.SortFunc(all, func(a, b Result) int { return a.Input - b.Input })
	fmt.Println("received", len(all), "results")
	sum := 0
	for _, r := range all {
		fmt.Printf("%2d^2 = %3d\n", r.Input, r.Output)
		sum += r.Output
	}
	fmt.Println("sum of squares:", sum)
	expected := 12 * 13 * 25 / 6
	fmt.Println("formula says:", expected, "ok:", sum == expected)

	jobsDone := 0
	for _, n := range processed {
		jobsDone += n
	}
	fmt.Println("total jobs done by all workers:", jobsDone)
	fmt.Println("number of workers seen:", len(processed) <= numWorkers)

	first := all[0]
	first.Worker = 0
	fmt.Printf("first result (worker hidden): %+v\n", first)
	fmt.Println("pointer form:", &Result{Input: 2, Output: 4})
}

func worker(id int, jobs <-chan int, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{Input: j, Output: j * j, Worker: id}
		processedMu.Lock()
		processed[id]++
		processedMu.Unlock()
	}
}
