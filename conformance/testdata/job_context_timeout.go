package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type Task struct {
	Name string
	Run  func(ctx context.Context) (int, error)
}

func instant(v int) func(context.Context) (int, error) {
	return func(context.Context) (int, error) { return v, nil }
}

// hangs simulates a call that only returns once its context ends.
func hangs(ctx context.Context) (int, error) {
	<-ctx.Done()
	return 0, fmt.Errorf("rpc aborted: %w", context.Cause(ctx))
}

var ErrBadInput = errors.New("bad input")

func runWithTimeout(parent context.Context, t Task, d time.Duration) (int, error) {
	ctx, cancel := context.WithTimeout(parent, d)
	defer cancel()
	return t.Run(ctx)
}

func main() {
	tasks := []Task{
		{"lookup-user", instant(42)},
		{"fetch-profile", hangs},
		{"compute-score", instant(7)},
		{"validate", func(context.Context) (int, error) { return 0, ErrBadInput }},
		{"call-partner", hangs},
	}

	results := make([]string, len(tasks))
	var wg sync.WaitGroup
	for i, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := runWithTimeout(context.Background(), t, 3*time.Millisecond)
			switch {
			case errors.Is(err, context.DeadlineExceeded):
				results[i] = "timed out"
			case err != nil:
				results[i] = "error: " + err.Error()
			default:
				results[i] = fmt.Sprintf("ok %d", v)
			}
		}()
	}
	wg.Wait()
	for i, t := range tasks {
		fmt.Printf("%-14s %s\n", t.Name, results[i])
	}

	// Parent cancellation propagates to children with a custom cause.
	parent, cancel := context.WithCancelCause(context.Background())
	shutdownErr := errors.New("service draining")
	child, childCancel := context.WithTimeout(parent, time.Hour)
	defer childCancel()
	cancel(shutdownErr)
	_, err := hangs(child)
	fmt.Println("child error:", err)
	fmt.Println("is draining:", errors.Is(err, shutdownErr), "is deadline:", errors.Is(err, context.DeadlineExceeded))

	// WithTimeoutCause reports a custom cause on expiry.
	slowCause := errors.New("inventory service too slow")
	tctx, tcancel := context.WithTimeoutCause(context.Background(), time.Millisecond, slowCause)
	defer tcancel()
	<-tctx.Done()
	fmt.Println("err:", tctx.Err(), "| cause:", context.Cause(tctx))

	// AfterFunc runs cleanup when the context finishes.
	actx, acancel := context.WithCancel(context.Background())
	cleaned := make(chan string, 1)
	stop := context.AfterFunc(actx, func() { cleaned <- "released lease" })
	acancel()
	fmt.Println("after func:", <-cleaned, "| stop after run:", stop())

	// Values flow down the tree.
	type key string
	vctx := context.WithValue(context.Background(), key("request-id"), "req-0001")
	vctx, vcancel := context.WithCancel(vctx)
	defer vcancel()
	fmt.Println("request id:", vctx.Value(key("request-id")), "missing:", vctx.Value(key("user")))

	_, hasDeadline := vctx.Deadline()
	dctx, dcancel := context.WithDeadline(vctx, time.Now().Add(time.Minute))
	defer dcancel()
	_, hasDeadline2 := dctx.Deadline()
	fmt.Println("deadline set:", hasDeadline, hasDeadline2)
}
