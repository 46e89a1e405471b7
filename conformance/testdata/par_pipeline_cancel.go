// A three-stage pipeline that stops early through context cancellation.
package main

import (
	"context"
	"errors"
	"fmt"
)

func generate(ctx context.Context, limit int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= limit; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func mapStage(ctx context.Context, in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- f(v):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func filterStage(ctx context.Context, in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if !keep(v) {
				continue
			}
			select {
			case out <- v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

var errEnough = errors.New("collected enough values")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())

	squares := mapStage(ctx, generate(ctx, 1_000_000), func(x int) int { return x * x })
	odd := filterStage(ctx, squares, func(x int) bool { return x%2 == 1 })

	var taken []int
	for v := range odd {
		taken = append(taken, v)
		if len(taken) == 8 {
			cancel(errEnough)
			break
		}
	}
	// Drain so every stage can observe cancellation and close its output.
	for range odd {
	}

	fmt.Println("taken:", taken)
	fmt.Println("all stages closed their outputs")
	fmt.Println("ctx.Err():", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))
	fmt.Println("cause is errEnough:", errors.Is(context.Cause(ctx), errEnough))
}
