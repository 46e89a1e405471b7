package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var ErrAnomaly = errors.New("telemetry anomaly")

// ascent emits altitude readings until the context is cancelled or it reaches orbit.
func ascent(ctx context.Context, readings []int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, alt := range readings {
			select {
			case out <- alt:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// monitor reads altitudes and cancels the flight if it sees a drop.
func monitor(name string, readings []int) {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)

	last := -1
	count := 0
	for alt := range ascent(ctx, readings) {
		count++
		if alt < last {
			cancel(fmt.Errorf("%w: altitude fell from %d to %d km", ErrAnomaly, last, alt))
			break
		}
		last = alt
	}

	cause := context.Cause(ctx)
	switch {
	case cause == nil:
		fmt.Printf("%-8s nominal: %d readings, final altitude %d km\n", name, count, last)
	case errors.Is(cause, ErrAnomaly):
		fmt.Printf("%-8s ABORT after %d readings: %v\n", name, count, cause)
	}
}

func main() {
	monitor("Alpha", []int{0, 12, 35, 70, 120, 180, 210})
	monitor("Bravo", []int{0, 10, 28, 27, 60})
	monitor("Charlie", []int{0, 5, 9, 3})

	// A deadline that has already passed is reported via ctx.Err.
	ctx, cancel := context.WithTimeout(context.Background(), -time.Second)
	defer cancel()
	select {
	case <-ctx.Done():
		fmt.Println("launch window check:", ctx.Err())
		fmt.Println("is deadline exceeded:", errors.Is(ctx.Err(), context.DeadlineExceeded))
	default:
		fmt.Println("window still open")
	}

	// Values travel with a context down the call chain.
	type key string
	vctx := context.WithValue(context.Background(), key("flight"), "STS-135")
	fmt.Println("flight id from context:", vctx.Value(key("flight")))
}
