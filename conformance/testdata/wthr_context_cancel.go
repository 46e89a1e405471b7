package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

const stationKey ctxKey = "station"

var errQuotaReached = errors.New("reading quota reached")

// stream emits pressure readings until the context is cancelled.
func stream(ctx context.Context, out chan<- float64) error {
	defer close(out)
	p := 1012.0
	for i := 0; ; i++ {
		p += float64(i%4-1) * 0.7
		select {
		case <-ctx.Done():
			return context.Cause(ctx)
		case out <- p:
		}
	}
}

func waitForSensor(ctx context.Context, warmup time.Duration) error {
	select {
	case <-ctx.Done():
		return fmt.Errorf("sensor warm-up (%v) aborted: %w", warmup, ctx.Err())
	case <-time.After(warmup):
		return nil
	}
}

func main() {
	base := context.WithValue(context.Background(), stationKey, "HNL-3")
	ctx, cancel := context.WithCancelCause(base)

	readings := make(chan float64)
	done := make(chan error, 1)
	go func() { done <- stream(ctx, readings) }()

	fmt.Println("station:", ctx.Value(stationKey))
	var got []float64
	for p := range readings {
		got = append(got, p)
		fmt.Printf("reading %d: %.1f hPa\n", len(got), p)
		if len(got) == 6 {
			cancel(errQuotaReached)
			break
		}
	}
	for range readings {
		// drain anything sent before the producer saw the cancellation
	}
	err := <-done
	fmt.Println("stream stopped:", err)
	fmt.Println("is quota error:", errors.Is(err, errQuotaReached))
	fmt.Println("ctx.Err():", ctx.Err())

	expired, stop := context.WithTimeout(context.Background(), 0)
	defer stop()
	err = waitForSensor(expired, 1500*time.Millisecond)
	fmt.Println(err)
	fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))

	fresh, stop2 := context.WithTimeout(context.Background(), time.Second)
	defer stop2()
	err = waitForSensor(fresh, 5*time.Millisecond)
	fmt.Println("short warm-up error:", err)
}
