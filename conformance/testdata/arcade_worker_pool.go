package main

import (
	"context"
	"fmt"
	"slices"
	"sync"
)

type Job struct {
	ID      int
	Machine string
	Coins   int
}

type Result struct {
	JobID   int
	Machine string
	Tickets int
	Err     error
}

func service(job Job) (int, error) {
	if job.Coins < 0 {
		return 0, fmt.Errorf("job %d: negative coins %d", job.ID, job.Coins)
	}
	tickets := 0
	for c := range job.Coins {
		tickets += (c%3 + 1) * len(job.Machine)
	}
	return tickets, nil
}

func worker(ctx context.Context, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case job, ok := <-jobs:
			if !ok {
				return
			}
			t, err := service(job)
			results <- Result{job.ID, job.Machine, t, err}
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	machines := []string{"Skee", "Whac", "Coin Pusher", "Claw", "Stacker", "Cyclone"}
	jobs := make(chan Job)
	results := make(chan Result)

	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go worker(ctx, jobs, results, &wg)
	}

	go func() {
		defer close(jobs)
		for i, m := range machines {
			coins := i * 2
			if m == "Claw" {
				coins = -1
			}
			jobs <- Job{ID: i + 1, Machine: m, Coins: coins}
		}
	}()

	go func() {
		wg.Wait()
		close(results)
	}()

	var collected []Result
	for r := range results {
		collected = append(collected, r)
	}
	slices.SortFunc(collected, func(a, b Result) int { return a.JobID - b.JobID })

	total := 0
	for _, r := range collected {
		if r.Err != nil {
			fmt.Printf("job %d %-11s FAILED: %v\n", r.JobID, r.Machine, r.Err)
			continue
		}
		total += r.Tickets
		fmt.Printf("job %d %-11s %4d tickets\n", r.JobID, r.Machine, r.Tickets)
	}
	fmt.Println("jobs processed:", len(collected))
	fmt.Println("tickets total: ", total)
}
