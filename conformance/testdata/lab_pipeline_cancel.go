// Lab 18: fan-out/fan-in pipeline over an infinite source; the consumer
// cancels the context after the first N results and prints them sorted.
package main

import (
	"context"
	"fmt"
	"slices"
	"sync"
)

func generate(ctx context.Context, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Go(func() {
		defer close(out)
		for n := 2; ; n++ {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	})
	return out
}

// perfect forwards numbers equal to the sum of their proper divisors.
func perfect(ctx context.Context, wg *sync.WaitGroup, in <-chan int) <-chan int {
	out := make(chan int)
	wg.Go(func() {
		defer close(out)
		for n := range in {
			sum := 1
			for d := 2; d*d <= n; d++ {
				if n%d == 0 {
					sum += d
					if d*d != n {
						sum += n / d
					}
				}
			}
			if sum != n {
				continue
			}
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	})
	return out
}

func merge(wg *sync.WaitGroup, ins ...<-chan int) <-chan int {
	out := make(chan int)
	var inner sync.WaitGroup
	for _, in := range ins {
		inner.Go(func() {
			for v := range in {
				out <- v
			}
		})
	}
	wg.Go(func() {
		inner.Wait()
		close(out)
	})
	return out
}

func main() {
	const want = 4 // there are exactly four perfect numbers below 33 million
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup

	src := generate(ctx, &wg)
	var workers []<-chan int
	for range 4 {
		workers = append(workers, perfect(ctx, &wg, src))
	}
	results := merge(&wg, workers...)

	var found []int
	for v := range results {
		found = append(found, v)
		if len(found) == want {
			cancel()
			break
		}
	}
	// Drain so the merge goroutines can finish, then wait for every stage.
	for range results {
	}
	wg.Wait()

	slices.Sort(found)
	fmt.Println("perfect numbers:", found)
	fmt.Println("context:", ctx.Err(), "- all stages stopped")
}
