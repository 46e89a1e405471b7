// Handout 3: a pipeline with cancellation via context.
// The consumer only wants the first few values; once it has them it
// cancels the context and every stage shuts down cleanly.
package main

import (
	"context"
	"fmt"
	"sync"
)

type stage struct {
	name   string
	exited bool
}

// naturals emits 1, 2, 3, ... until cancelled.
func naturals(ctx context.Context, st *stage, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Go(func() {
		defer func() { st.exited = true }()
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	})
	return out
}

// mapStage applies f to each value until the input closes or ctx ends.
func mapStage(ctx context.Context, st *stage, wg *sync.WaitGroup, in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	wg.Go(func() {
		defer func() { st.exited = true }()
		defer close(out)
		for v := range in {
			select {
			case out <- f(v):
			case <-ctx.Done():
				return
			}
		}
	})
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup

	stages := []*stage{{name: "naturals"}, {name: "triple"}, {name: "plus-one"}}
	src := naturals(ctx, stages[0], &wg)
	tripled := mapStage(ctx, stages[1], &wg, src, func(x int) int { return 3 * x })
	final := mapStage(ctx, stages[2], &wg, tripled, func(x int) int { return x + 1 })

	const want = 12
	for i := 0; i < want; i++ {
		v := <-final
		fmt.Printf("value %2d: %d\n", i+1, v)
	}
	cancel()
	// Drain so no stage stays blocked on a send the consumer will never read.
	drained := 0
	for range final {
		drained++
	}
	wg.Wait()

	fmt.Println("context error:", ctx.Err())
	fmt.Println("pipeline drained:", drained >= 0)
	for _, st := range stages {
		fmt.Printf("stage %-9s exited: %v\n", st.name, st.exited)
	}
}
