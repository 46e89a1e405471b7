package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

// worker does a fixed amount of setup work, signals ready, then waits for
// cancellation. Every step is counted so the totals are deterministic.
func worker(ctx context.Context, id int, ready *sync.WaitGroup, steps, stopped *atomic.Int64) {
	for range id + 1 {
		steps.Add(1)
	}
	ready.Done()
	<-ctx.Done() // blocks until the parent (or its parent) is cancelled
	stopped.Add(1)
}

func main() {
	fmt.Println("== Cancelling a parent context stops every worker ==")
	root, cancelRoot := context.WithCancel(context.Background())
	group, cancelGroup := context.WithCancel(root) // child context
	defer cancelGroup()

	var steps, stopped atomic.Int64
	var ready, finished sync.WaitGroup
	const n = 5
	ready.Add(n)
	for id := range n {
		finished.Go(func() { worker(group, id, &ready, &steps, &stopped) })
	}
	ready.Wait()
	fmt.Println("workers ready:", n, "setup steps:", steps.Load())
	fmt.Println("stopped before cancel:", stopped.Load())
	fmt.Println("child err before cancel:", group.Err())

	cancelRoot() // cancel the PARENT; the child is cancelled too
	finished.Wait()
	fmt.Println("stopped after cancel: ", stopped.Load())
	fmt.Println("root err: ", root.Err())
	fmt.Println("child err:", group.Err())
	fmt.Println("is Canceled:", errors.Is(group.Err(), context.Canceled))

	fmt.Println()
	fmt.Println("== Cancelling a child does not affect the parent ==")
	parent, cancelParent := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(parent)
	cancelChild()
	fmt.Println("child err: ", child.Err())
	fmt.Println("parent err:", parent.Err())
	cancelParent()

	fmt.Println()
	fmt.Println("== Cancelling with a cause ==")
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("input exhausted"))
	fmt.Println("err:  ", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))
}
