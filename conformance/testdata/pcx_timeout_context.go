package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

var errBudget = errors.New("time budget exhausted")

// fib computes Fibonacci numbers, checking for cancellation periodically.
func fib(ctx context.Context, n int) (uint64, error) {
	a, b := uint64(0), uint64(1)
	for i := 0; i < n; i++ {
		if i%16 == 0 {
			select {
			case <-ctx.Done():
				return 0, fmt.Errorf("fib(%d) stopped at step %d: %w", n, i, context.Cause(ctx))
			default:
			}
		}
		a, b = b, a+b
	}
	return a, nil
}

func runAll(ctx context.Context, inputs []int) ([]uint64, []error) {
	vals := make([]uint64, len(inputs))
	errs := make([]error, len(inputs))
	var wg sync.WaitGroup
	for i, n := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			vals[i], errs[i] = fib(ctx, n)
		}()
	}
	wg.Wait()
	return vals, errs
}

func waitForSignal(ctx context.Context, signal <-chan string) (string, error) {
	select {
	case s := <-signal:
		return s, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	inputs := []int{10, 20, 50, 90}

	// A generous timeout: the work finishes long before it fires.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	vals, errs := runAll(ctx, inputs)
	cancel()
	for i, n := range inputs {
		fmt.Printf("fib(%d) = %d err=%v\n", n, vals[i], errs[i])
	}
	_, hasDeadline := ctx.Deadline()
	fmt.Println("had deadline:", hasDeadline, "err after cancel:", ctx.Err())

	// A deadline already in the past: every task stops immediately.
	past, cancelPast := context.WithDeadlineCause(context.Background(),
		time.Now().Add(-time.Second), errBudget)
	defer cancelPast()
	_, errs = runAll(past, inputs)
	for _, err := range errs {
		fmt.Println("expired:", err)
	}
	fmt.Println("ctx.Err is DeadlineExceeded:", errors.Is(past.Err(), context.DeadlineExceeded))
	fmt.Println("cause is budget error:", errors.Is(context.Cause(past), errBudget))

	// Waiting on a signal that arrives before a generous timeout.
	signal := make(chan string, 1)
	wctx, wcancel := context.WithTimeout(context.Background(), 5*time.Second)
	go func() { signal <- "ready" }()
	s, err := waitForSignal(wctx, signal)
	wcancel()
	fmt.Printf("signal=%q err=%v\n", s, err)

	// The same wait with an explicitly cancelled context.
	cctx, ccancel := context.WithCancel(context.Background())
	ccancel()
	s, err = waitForSignal(cctx, make(chan string))
	fmt.Printf("signal=%q err=%v\n", s, err)
}
