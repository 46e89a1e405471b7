package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var ErrEvacuation = errors.New("building evacuation")

type job struct {
	floor int
	reply chan string
}

// carLoop serves jobs until the context is cancelled.
func carLoop(ctx context.Context, name string, jobs <-chan job, done chan<- string) {
	floor := 0
	served := 0
	for {
		select {
		case <-ctx.Done():
			done <- fmt.Sprintf("%s stopped at floor %d after %d jobs: %v",
				name, floor, served, context.Cause(ctx))
			return
		case j := <-jobs:
			dist := j.floor - floor
			if dist < 0 {
				dist = -dist
			}
			travel := time.Duration(dist) * 1500 * time.Millisecond
			floor = j.floor
			served++
			j.reply <- fmt.Sprintf("%s reached %d in %v", name, j.floor, travel)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	jobs := make(chan job)
	done := make(chan string)
	go carLoop(ctx, "car-A", jobs, done)

	reply := make(chan string)
	for _, f := range []int{6, 2, 11, 11, 0} {
		jobs <- job{floor: f, reply: reply}
		fmt.Println(<-reply)
	}

	cancel(ErrEvacuation)
	fmt.Println(<-done)
	fmt.Println("ctx.Err():", ctx.Err())
	fmt.Println("cause is evacuation:", errors.Is(context.Cause(ctx), ErrEvacuation))

	// A deadline that has already passed is reported immediately.
	expired, stop := context.WithTimeout(context.Background(), -time.Second)
	defer stop()
	select {
	case <-expired.Done():
		fmt.Println("expired context:", expired.Err())
		fmt.Println("is deadline exceeded:", errors.Is(expired.Err(), context.DeadlineExceeded))
	default:
		fmt.Println("not expired")
	}

	// Non-blocking send and receive with select/default.
	panel := make(chan int, 2)
	for _, f := range []int{4, 8, 15} {
		select {
		case panel <- f:
			fmt.Println("queued floor", f)
		default:
			fmt.Println("panel full, dropped floor", f)
		}
	}
	close(panel)
	for f := range panel {
		fmt.Println("drained", f)
	}

	// Context values carry request-scoped data.
	type key string
	vctx := context.WithValue(context.Background(), key("building"), "Harbor Tower")
	fmt.Printf("building from context: %v\n", vctx.Value(key("building")))
}
