package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID int
	N  int
}

type Result struct {
	Job    Job
	Sum    int
	Worker int
}

// sumDivisors returns the sum of proper divisors of n.
func sumDivisors(n int) int {
	s := 0
	for d := 1; d < n; d++ {
		if n%d == 0 {
			s += d
		}
	}
	return s
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{Job: j, Sum: sumDivisors(j.N), Worker: id}
	}
}

func classify(n, s int) string {
	switch {
	case s == n:
		return "perfect"
	case s > n:
		return "abundant"
	default:
		return "deficient"
	}
}

func main() {
	const numWorkers = 4
	inputs := []int{6, 12, 28, 35, 496, 945, 97, 8128, 20, 1}

	jobs := make(chan Job)
	results := make(chan Result, len(inputs))

	var wg sync.WaitGroup
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

	var all []Result
	workersUsed := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersUsed[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Job.ID < all[j].Job.ID })

	for _, r := range all {
		fmt.Printf("job %d: n=%-5d divisor sum=%-5d %s\n", r.Job.ID, r.Job.N, r.Sum, classify(r.Job.N, r.Sum))
	}
	fmt.Println("results:", len(all), "workers used <= 4:", len(workersUsed) <= numWorkers)
}
