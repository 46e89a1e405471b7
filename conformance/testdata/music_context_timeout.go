package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var ErrMissingStems = errors.New("missing stems")

type MixJob struct {
	Track string
	Steps int
	Stems int
}

// render simulates mixing a track; it checks the context between steps.
// Cancellation is driven by a step budget, not wall clock time, so the
// outcome is always the same.
func render(ctx context.Context, job MixJob, cancelAt int, cancel context.CancelFunc) (int, error) {
	if job.Stems == 0 {
		return 0, fmt.Errorf("render %q: %w", job.Track, ErrMissingStems)
	}
	done := 0
	for step := range job.Steps {
		if step == cancelAt {
			cancel()
		}
		select {
		case <-ctx.Done():
			return done, fmt.Errorf("render %q stopped at step %d: %w", job.Track, step, ctx.Err())
		default:
		}
		done++
	}
	return done, nil
}

type ctxKey string

func main() {
	jobs := []struct {
		Job      MixJob
		CancelAt int
	}{
		{MixJob{"Opening Theme", 5, 8}, -1},
		{MixJob{"Bridge Reprise", 10, 6}, 4},
		{MixJob{"Hidden Track", 3, 0}, -1},
		{MixJob{"Encore", 7, 12}, 6},
	}

	base := context.WithValue(context.Background(), ctxKey("studio"), "Room B")
	fmt.Println("studio:", base.Value(ctxKey("studio")))

	for _, j := range jobs {
		ctx, cancel := context.WithCancel(base)
		n, err := render(ctx, j.Job, j.CancelAt, cancel)
		cancel()
		switch {
		case err == nil:
			fmt.Printf("%-15s ok, %d/%d steps\n", j.Job.Track, n, j.Job.Steps)
		case errors.Is(err, context.Canceled):
			fmt.Printf("%-15s cancelled after %d steps (%v)\n", j.Job.Track, n, err)
		case errors.Is(err, ErrMissingStems):
			fmt.Printf("%-15s skipped: %v\n", j.Job.Track, err)
		default:
			fmt.Printf("%-15s unexpected: %v\n", j.Job.Track, err)
		}
	}

	ctx, cancel := context.WithTimeout(base, time.Hour)
	defer cancel()
	_, hasDeadline := ctx.Deadline()
	fmt.Println("session has a deadline:", hasDeadline)

	result := make(chan string, 1)
	go func() { result <- "bounce complete" }()
	select {
	case msg := <-result:
		fmt.Println(msg)
	case <-ctx.Done():
		fmt.Println("timed out:", ctx.Err())
	}
	fmt.Println("context error before cancel:", ctx.Err())
	cancel()
	fmt.Println("context error after cancel:", ctx.Err())
}
