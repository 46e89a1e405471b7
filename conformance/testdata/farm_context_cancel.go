package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type Sensor struct {
	Field    string
	Readings []int // soil moisture percent
}

type Sample struct {
	Field   string
	Index   int
	Percent int
}

// monitor sends readings until the context is cancelled or readings run out.
func monitor(ctx context.Context, s Sensor, out chan<- Sample) error {
	defer close(out)
	for i, r := range s.Readings {
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s monitor stopped after %d readings: %w", s.Field, i, ctx.Err())
		case out <- Sample{s.Field, i + 1, r}:
		}
	}
	return nil
}

func waterIfDry(ctx context.Context, s Sensor) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	out := make(chan Sample)
	errc := make(chan error, 1)
	go func() { errc <- monitor(ctx, s, out) }()

	for sample := range out {
		fmt.Printf("  %s reading %d: %d%%\n", sample.Field, sample.Index, sample.Percent)
		if sample.Percent < 20 {
			fmt.Println("  too dry, opening valve and stopping monitor")
			cancel()
			break
		}
	}
	return <-errc
}

func slowForecast(ctx context.Context, delay time.Duration) (string, error) {
	select {
	case <-time.After(delay):
		return "sunny", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	sensors := []Sensor{
		{"orchard", []int{45, 41, 38, 35}},
		{"greenhouse", []int{33, 25, 18, 40, 42}},
	}
	for _, s := range sensors {
		fmt.Println("checking", s.Field)
		if err := waterIfDry(context.Background(), s); err != nil {
			fmt.Println("  result:", err)
			fmt.Println("  was cancelled:", errors.Is(err, context.Canceled))
		} else {
			fmt.Println("  result: all readings fine")
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := slowForecast(ctx, 500*time.Millisecond); err != nil {
		fmt.Println("forecast failed:", err)
		fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))
	}

	ctx2, cancel2 := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel2()
	f, err := slowForecast(ctx2, time.Millisecond)
	fmt.Printf("forecast: %q, err: %v\n", f, err)

	type key string
	vctx := context.WithValue(context.Background(), key("farm"), "Hillside")
	fmt.Println("farm from context:", vctx.Value(key("farm")))
}
