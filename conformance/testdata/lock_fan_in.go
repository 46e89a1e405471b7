package main

import (
	"fmt"
	"slices"
	"sync"
)

type factResult struct {
	n       int
	factors []int
	worker  int
}

func factorize(n int) []int {
	var fs []int
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			fs = append(fs, p)
			n /= p
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func source(nums []int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

// fanOut starts one goroutine per worker, all reading the same input.
func fanOut(in <-chan int, workers int) []<-chan factResult {
	outs := make([]<-chan factResult, workers)
	for w := range workers {
		ch := make(chan factResult)
		outs[w] = ch
		go func() {
			defer close(ch)
			for n := range in {
				ch <- factResult{n: n, factors: factorize(n), worker: w}
			}
		}()
	}
	return outs
}

// fanIn merges several channels into one.
func fanIn(chans ...<-chan factResult) <-chan factResult {
	merged := make(chan factResult)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range c {
				merged <- r
			}
		}()
	}
	go func() {
		wg.Wait()
		close(merged)
	}()
	return merged
}

func main() {
	nums := []int{360, 97, 1001, 1024, 65537, 999999, 123456, 2310, 49, 8191, 30030, 7919}
	results := fanIn(fanOut(source(nums), 3)...)

	var all []factResult
	workersUsed := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersUsed[r.worker] = true
	}

	slices.SortFunc(all, func(a, b factResult) int { return a.n - b.n })
	for _, r := range all {
		kind := "composite"
		if len(r.factors) == 1 {
			kind = "prime"
		}
		fmt.Printf("%7d = %-24s %s\n", r.n, fmt.Sprint(r.factors), kind)
	}
	fmt.Println("results:", len(all), "of", len(nums))
	fmt.Println("at most 3 workers:", len(workersUsed) <= 3)
}
