package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

var errShutdown = errors.New("shutdown requested by coordinator")

type report struct {
	worker    int
	processed int
	reason    string
}

func worker(ctx context.Context, id int, jobs <-chan int, results chan<- int) report {
	processed := 0
	for {
		select {
		case <-ctx.Done():
			return report{worker: id, processed: processed, reason: context.Cause(ctx).Error()}
		case j := <-jobs:
			results <- j * 3
			processed++
		}
	}
}

func main() {
	const numWorkers = 4
	const numJobs = 10

	ctx, cancel := context.WithCancelCause(context.Background())
	jobs := make(chan int)
	results := make(chan int, numJobs)
	reports := make([]report, numWorkers)

	var wg sync.WaitGroup
	for i := range numWorkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reports[i] = worker(ctx, i, jobs, results)
		}()
	}

	cleanedUp := make(chan string, 1)
	stop := context.AfterFunc(ctx, func() {
		cleanedUp <- "after-func ran"
	})
	defer stop()

	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	sum := 0
	for range numJobs {
		sum += <-results
	}
	fmt.Println("sum of results:", sum)
	fmt.Println("err before cancel:", ctx.Err())

	cancel(errShutdown)
	wg.Wait()
	fmt.Println(<-cleanedUp)

	fmt.Println("err after cancel:", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))
	fmt.Println("cause is errShutdown:", errors.Is(context.Cause(ctx), errShutdown))
	fmt.Println("err is Canceled:", errors.Is(ctx.Err(), context.Canceled))

	total := 0
	for _, r := range reports {
		fmt.Printf("worker %d stopped: %s\n", r.worker, r.reason)
		total += r.processed
	}
	fmt.Println("total processed:", total)

	// Cancelling a parent propagates to its children.
	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	pcancel()
	<-child.Done()
	fmt.Println("child err after parent cancel:", child.Err())
	fmt.Println("child cause:", context.Cause(child))

	// A second cancel does not overwrite the first cause.
	cancel(errors.New("late cancel"))
	fmt.Println("cause after second cancel:", context.Cause(ctx))
}
