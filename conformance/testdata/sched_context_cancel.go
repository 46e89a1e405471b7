package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type job struct {
	seq, n int
}

type result struct {
	seq, n, steps int
	err           error
}

var errBadInput = errors.New("bad input")

func work(j job) result {
	if j.n <= 0 {
		return result{seq: j.seq, n: j.n, err: fmt.Errorf("job %d (n=%d): %w", j.seq, j.n, errBadInput)}
	}
	steps, n := 0, j.n
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return result{seq: j.seq, n: j.n, steps: steps}
}

// run processes inputs with a pool of workers. The first failing job (in
// input order) cancels the context, which stops the producer and workers.
func run(parent context.Context, inputs []int, workers int) ([]result, error) {
	ctx, cancel := context.WithCancelCause(parent)
	defer cancel(nil)

	jobs := make(chan job)
	results := make(chan result)

	go func() {
		defer close(jobs)
		for i, n := range inputs {
			select {
			case <-ctx.Done():
				return
			case jobs <- job{i, n}:
			}
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				select {
				case <-ctx.Done():
					return
				case j, ok := <-jobs:
					if !ok {
						return
					}
					select {
					case results <- work(j):
					case <-ctx.Done():
						return
					}
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	var done []result
	pending := map[int]result{}
	next, stopped := 0, false
	for r := range results {
		if stopped {
			continue // drain until every worker has noticed the cancellation
		}
		pending[r.seq] = r
		for p, ok := pending[next]; ok; p, ok = pending[next] {
			delete(pending, next)
			next++
			if p.err != nil {
				cancel(p.err)
				stopped = true
				break
			}
			done = append(done, p)
		}
	}
	return done, context.Cause(ctx)
}

func show(title string, ctx context.Context, inputs []int) {
	fmt.Println("==", title)
	res, err := run(ctx, inputs, 3)
	for _, r := range res {
		fmt.Printf("   job %d: n=%-5d steps=%d\n", r.seq, r.n, r.steps)
	}
	switch {
	case err == nil:
		fmt.Printf("   completed all %d jobs\n", len(res))
	case errors.Is(err, errBadInput):
		fmt.Printf("   stopped after %d jobs: %v\n", len(res), err)
	default:
		fmt.Printf("   cancelled before start: %v\n", err)
	}
}

func main() {
	show("all valid", context.Background(), []int{6, 7, 27, 97, 15})
	show("bad input in the middle", context.Background(), []int{3, 19, 41, -4, 55, 63, 71, 0, 99})

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	show("parent already cancelled", ctx, []int{1, 2, 3})
}
