package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type ctxKey string

var errCalled = errors.New("race called: winner cannot be caught")

type Batch struct {
	N     int
	Left  int
	Right int
}

// produce streams reporting batches until the context is cancelled.
func produce(ctx context.Context, out chan<- Batch) {
	defer close(out)
	for i := 1; i <= 20; i++ {
		b := Batch{N: i, Left: 300 + (i*37)%90, Right: 220 + (i*53)%70}
		select {
		case out <- b:
		case <-ctx.Done():
			return
		}
	}
}

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("race"), "Governor")
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	const outstanding = 9000 // ballots still uncounted at the start
	batches := make(chan Batch)
	var wg sync.WaitGroup
	wg.Go(func() { produce(ctx, batches) })

	left, right, remaining := 0, 0, outstanding
	for b := range batches {
		left += b.Left
		right += b.Right
		remaining -= b.Left + b.Right
		fmt.Printf("batch %2d: L=%5d R=%5d remaining=%5d\n", b.N, left, right, remaining)
		if left-right > remaining {
			cancel(errCalled)
			break
		}
	}
	wg.Wait()

	fmt.Println("race:", ctx.Value(ctxKey("race")))
	fmt.Println("ctx err:", ctx.Err())
	fmt.Println("cause  :", context.Cause(ctx))
	fmt.Println("called?", errors.Is(context.Cause(ctx), errCalled))

	// A deadline that has already passed expires immediately.
	late, stop := context.WithTimeout(context.Background(), -1*time.Second)
	defer stop()
	<-late.Done()
	fmt.Println("late certification:", late.Err(), errors.Is(late.Err(), context.DeadlineExceeded))
}
