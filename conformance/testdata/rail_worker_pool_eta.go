package main

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
	"time"
)

type Job struct {
	Train     string
	Distance  float64 // km remaining
	SpeedKmh  float64
	Dwells    int // intermediate stops
	DwellTime time.Duration
}

type Result struct {
	Train  string
	ETA    time.Duration
	Worker int
}

func estimate(j Job) time.Duration {
	running := time.Duration(j.Distance / j.SpeedKmh * float64(time.Hour))
	return (running + time.Duration(j.Dwells)*j.DwellTime).Round(time.Second)
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{Train: j.Train, ETA: estimate(j), Worker: id}
	}
}

func main() {
	jobs := []Job{
		{"1L32", 120, 160, 2, 90 * time.Second},
		{"2T08", 34.5, 80, 6, 45 * time.Second},
		{"1H77", 212, 180, 3, 2 * time.Minute},
		{"6V21", 95, 60, 0, 0},
		{"2T10", 34.5, 80, 6, 45 * time.Second},
		{"1Q03", 8.2, 100, 1, 30 * time.Second},
		{"4O55", 310, 110, 1, 20 * time.Minute},
	}

	jobCh := make(chan Job)
	resCh := make(chan Result, len(jobs))
	var wg sync.WaitGroup
	const workers = 3
	for id := 1; id <= workers; id++ {
		wg.Add(1)
		go worker(id, jobCh, resCh, &wg)
	}
	go func() {
		for _, j := range jobs {
			jobCh <- j
		}
		close(jobCh)
	}()
	wg.Wait()
	close(resCh)

	var results []Result
	perWorker := map[int]int{}
	for r := range resCh {
		results = append(results, r)
		perWorker[r.Worker]++
	}

	// Worker assignment depends on scheduling, so only totals are printed.
	slices.SortFunc(results, func(a, b Result) int {
		return cmp.Or(cmp.Compare(a.ETA, b.ETA), cmp.Compare(a.Train, b.Train))
	})
	fmt.Println("Arrival estimates (soonest first):")
	for i, r := range results {
		fmt.Printf("%2d. %s  %10v  (%5.1f min)\n", i+1, r.Train, r.ETA, r.ETA.Minutes())
	}
	handled := 0
	for _, n := range perWorker {
		handled += n
	}
	fmt.Printf("%d jobs handled by %d workers\n", handled, workers)
	fmt.Println("longest:", results[len(results)-1].ETA.Truncate(time.Minute))
}
