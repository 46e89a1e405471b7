// Lab 13: cancelling goroutines with context deadlines and explicit cancel.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// waitForever blocks until the context is done; it reports why it stopped.
func waitForever(ctx context.Context, never <-chan int) error {
	select {
	case <-never:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// countUntilCancelled does bounded work, checking ctx between steps.
func countUntilCancelled(ctx context.Context, limit int, cancelAt int, cancel context.CancelFunc) (int, error) {
	n := 0
	for i := range limit {
		if i == cancelAt {
			cancel()
		}
		if err := ctx.Err(); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

var errShutdown = errors.New("server shutting down")

func main() {
	never := make(chan int)

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	errs := make([]error, 4)
	var wg sync.WaitGroup
	for i := range errs {
		wg.Go(func() { errs[i] = waitForever(ctx, never) })
	}
	wg.Wait()
	for i, err := range errs {
		fmt.Printf("worker %d: %v (deadline=%v)\n", i, err, errors.Is(err, context.DeadlineExceeded))
	}
	_, hasDeadline := ctx.Deadline()
	fmt.Println("context has deadline:", hasDeadline)

	// Deterministic cancellation: cancel after exactly 7 steps.
	ctx2, cancel2 := context.WithCancel(context.Background())
	n, err := countUntilCancelled(ctx2, 100, 7, cancel2)
	fmt.Printf("counted %d steps, err=%v\n", n, err)

	// A child is cancelled when its parent is.
	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithTimeout(parent, time.Hour)
	defer ccancel()
	pcancel()
	<-child.Done()
	fmt.Println("child err after parent cancel:", child.Err())

	// WithCancelCause carries a reason.
	ctx3, cancel3 := context.WithCancelCause(context.Background())
	cancel3(errShutdown)
	fmt.Println("ctx3 err:", ctx3.Err())
	fmt.Println("ctx3 cause:", context.Cause(ctx3))

	// An already-expired deadline is reported immediately.
	past, cancel4 := context.WithDeadline(context.Background(), time.Unix(0, 0))
	defer cancel4()
	fmt.Println("past deadline err:", past.Err())

	// Values travel with the context.
	type key string
	vctx := context.WithValue(context.Background(), key("course"), "CS-451")
	fmt.Printf("course value: %q\n", vctx.Value(key("course")))
}
