// Lab 4: a fixed-size worker pool that tests numbers for primality.
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
	Job     Job
	Prime   bool
	Divisor int
}

func isPrime(n int) (bool, int) {
	if n < 2 {
		return false, 0
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false, d
		}
	}
	return true, 0
}

func worker(jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup, done []int, id int) {
	defer wg.Done()
	for j := range jobs {
		p, d := isPrime(j.N)
		results <- Result{Job: j, Prime: p, Divisor: d}
		done[id]++
	}
}

func main() {
	numbers := []int{97, 221, 7919, 1, 561, 104729, 65537, 1001, 2, 999983, 12, 8191}
	const workers = 4

	jobs := make(chan Job)
	results := make(chan Result, len(numbers))
	done := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg, done, w)
	}
	go func() {
		for i, n := range numbers {
			jobs <- Job{ID: i, N: n}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var collected []Result
	for r := range results {
		collected = append(collected, r)
	}
	sort.Slice(collected, func(a, b int) bool { return collected[a].Job.ID < collected[b].Job.ID })

	fmt.Printf("%3s %8s  %-6s %s\n", "id", "n", "prime", "divisor")
	primes := 0
	for _, r := range collected {
		div := "-"
		if r.Divisor > 0 {
			div = fmt.Sprint(r.Divisor)
		}
		fmt.Printf("%3d %8d  %-6t %s\n", r.Job.ID, r.Job.N, r.Prime, div)
		if r.Prime {
			primes++
		}
	}
	total := 0
	for _, d := range done {
		total += d
	}
	fmt.Printf("primes: %d of %d, jobs processed by pool: %d\n", primes, len(numbers), total)
}
