// Exercise 3: a thread pool with a job queue channel; results gathered by index.
package main

import (
	"fmt"
	"sync"
)

type Job struct {
	Index int
	Input int
}

type Result struct {
	Index  int
	Output int
	Worker int
}

type Pool struct {
	workers int
	jobs    chan Job
	results chan Result
	wg      sync.WaitGroup
}

func NewPool(workers, queue int) *Pool {
	return &Pool{workers: workers, jobs: make(chan Job, queue), results: make(chan Result, queue)}
}

func (p *Pool) Start(work func(int) int) {
	for w := range p.workers {
		p.wg.Add(1)
		go func(id int) {
			defer p.wg.Done()
			for j := range p.jobs {
				p.results <- Result{Index: j.Index, Output: work(j.Input), Worker: id}
			}
		}(w)
	}
	go func() {
		p.wg.Wait()
		close(p.results)
	}()
}

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	inputs := []int{27, 7, 97, 1, 871, 6171, 9, 15, 31, 41, 54, 73, 255, 447, 703, 1161}
	pool := NewPool(4, 8)
	pool.Start(collatzSteps)

	go func() {
		for i, n := range inputs {
			pool.jobs <- Job{Index: i, Input: n}
		}
		close(pool.jobs)
	}()

	outputs := make([]int, len(inputs))
	perWorker := make([]int, pool.workers)
	for r := range pool.results {
		outputs[r.Index] = r.Output
		perWorker[r.Worker]++
	}

	fmt.Println("collatz steps computed by pool:")
	best, bestIdx := -1, -1
	for i, n := range inputs {
		fmt.Printf("  job %2d: n=%5d steps=%3d\n", i, n, outputs[i])
		if outputs[i] > best {
			best, bestIdx = outputs[i], i
		}
	}
	done := 0
	for _, c := range perWorker {
		done += c
	}
	fmt.Printf("jobs completed across workers: %d/%d\n", done, len(inputs))
	fmt.Printf("longest chain: n=%d with %d steps\n", inputs[bestIdx], best)
}
