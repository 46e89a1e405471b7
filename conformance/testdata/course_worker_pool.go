// Lab 3: a pool of a fixed number of workers reading jobs from a channel.
// Results are written into a slice by job index, so the output order is fixed
// no matter which worker handled which job.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Job struct {
	Index int
	N     int
}

type Result struct {
	Job   Job
	Steps int // Collatz steps to reach 1
	Peak  int
}

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

type Pool struct {
	size int
}

func (p Pool) Run(jobs []Job) []Result {
	results := make([]Result, len(jobs))
	jobCh := make(chan Job)
	perWorker := make([]int, p.size)

	var wg sync.WaitGroup
	for w := 0; w < p.size; w++ {
		wg.Add(1)
		go func(worker int) {
			defer wg.Done()
			for j := range jobCh {
				s, pk := collatz(j.N)
				results[j.Index] = Result{Job: j, Steps: s, Peak: pk}
				perWorker[worker]++
			}
		}(w)
	}
	for _, j := range jobs {
		jobCh <- j
	}
	close(jobCh)
	wg.Wait()

	total := 0
	for _, c := range perWorker {
		total += c
	}
	if total != len(jobs) {
		panic("lost a job")
	}
	return results
}

func main() {
	var jobs []Job
	for i, n := range []int{27, 97, 871, 6171, 77031, 837799, 3, 7, 9, 19, 25, 31, 41, 54, 73, 111} {
		jobs = append(jobs, Job{Index: i, N: n})
	}

	for _, size := range []int{1, 4} {
		res := Pool{size: size}.Run(jobs)
		fmt.Printf("pool size %d processed %d jobs\n", size, len(res))
		if size == 1 {
			continue
		}
		fmt.Println(strings.Repeat("-", 34))
		fmt.Printf("%4s %8s %6s %12s\n", "job", "n", "steps", "peak")
		longest := res[0]
		for _, r := range res {
			fmt.Printf("%4d %8d %6d %12d\n", r.Job.Index, r.Job.N, r.Steps, r.Peak)
			if r.Steps > longest.Steps {
				longest = r
			}
		}
		fmt.Println(strings.Repeat("-", 34))
		fmt.Printf("longest chain: n=%d with %d steps\n", longest.Job.N, longest.Steps)
	}
}
