// Counting primes below a limit with a fixed pool of workers pulling ranges.
package main

import (
	"fmt"
	"sync"
)

const (
	limit     = 20_000
	blockSize = 1_000
	poolSize  = 4
)

type job struct {
	id     int
	lo, hi int // half-open range [lo, hi)
}

type result struct {
	job    job
	primes int
	last   int
}

func (r result) String() string {
	return fmt.Sprintf("block %2d [%5d,%5d): %3d primes, largest %d",
		r.job.id, r.job.lo, r.job.hi, r.primes, r.last)
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		r := result{job: j}
		for n := j.lo; n < j.hi; n++ {
			if isPrime(n) {
				r.primes++
				r.last = n
			}
		}
		results <- r
	}
}

func main() {
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for range poolSize {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	go func() {
		for id, lo := 0, 0; lo < limit; id, lo = id+1, lo+blockSize {
			jobs <- job{id: id, lo: lo, hi: min(lo+blockSize, limit)}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	byBlock := make([]result, limit/blockSize)
	total := 0
	for r := range results {
		byBlock[r.job.id] = r
		total += r.primes
	}
	for _, r := range byBlock {
		fmt.Println(r)
	}
	fmt.Printf("primes below %d: %d\n", limit, total)
}
