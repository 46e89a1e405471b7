package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	Precinct int
	Ballots  []int // candidate index per ballot
}

type Result struct {
	Precinct int
	Counts   [3]int
}

type Failure struct {
	Precinct int
	Reason   string
}

func worker(jobs <-chan Job, results chan<- Result, failures chan<- Failure, wg *sync.WaitGroup) {
	defer wg.Done()
	for job := range jobs {
		var r Result
		r.Precinct = job.Precinct
		ok := true
		for _, b := range job.Ballots {
			if b < 0 || b >= len(r.Counts) {
				failures <- Failure{job.Precinct, fmt.Sprintf("worker saw invalid code %d", b)}
				ok = false
				break
			}
			r.Counts[b]++
		}
		if ok {
			results <- r
		}
	}
}

func main() {
	jobs := make(chan Job)
	results := make(chan Result)
	failures := make(chan Failure)
	var wg sync.WaitGroup

	for range 4 {
		wg.Add(1)
		go worker(jobs, results, failures, &wg)
	}

	go func() {
		for p := 1; p <= 10; p++ {
			ballots := make([]int, 0, 30)
			for i := range 20 + p {
				ballots = append(ballots, (i*p+i/3)%3)
			}
			if p == 4 || p == 9 {
				ballots = append(ballots, 7)
			}
			jobs <- Job{p, ballots}
		}
		close(jobs)
	}()

	go func() {
		wg.Wait()
		close(results)
		close(failures)
	}()

	var got []Result
	var failed []Failure
	for results != nil || failures != nil {
		select {
		case r, ok := <-results:
			if !ok {
				results = nil
				continue
			}
			got = append(got, r)
		case f, ok := <-failures:
			if !ok {
				failures = nil
				continue
			}
			failed = append(failed, f)
		}
	}

	sort.Slice(got, func(i, j int) bool { return got[i].Precinct < got[j].Precinct })
	sort.Slice(failed, func(i, j int) bool { return failed[i].Precinct < failed[j].Precinct })

	var grand [3]int
	for _, r := range got {
		fmt.Printf("precinct %2d: %v\n", r.Precinct, r.Counts)
		for i, n := range r.Counts {
			grand[i] += n
		}
	}
	for _, f := range failed {
		fmt.Printf("precinct %2d FAILED: %s\n", f.Precinct, f.Reason)
	}
	fmt.Printf("grand total: %v from %d precincts\n", grand, len(got))
}
