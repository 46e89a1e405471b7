package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var ErrNotFound = errors.New("not found")

// lookup answers immediately for known keys and never answers for "slow".
func lookup(key string) <-chan string {
	ch := make(chan string, 1)
	if key != "slow" {
		ch <- "value-of-" + key
	}
	return ch
}

func fetch(ctx context.Context, key string) (string, error) {
	if key == "" {
		return "", ErrNotFound
	}
	select {
	case v := <-lookup(key):
		return v, nil
	case <-ctx.Done():
		return "", fmt.Errorf("fetch %q: %w", key, ctx.Err())
	}
}

func describe(err error) string {
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, context.DeadlineExceeded):
		return "timed out"
	case errors.Is(err, ErrNotFound):
		return "missing"
	default:
		return "other"
	}
}

func main() {
	for _, key := range []string{"alpha", "slow", "", "beta"} {
		// A generous timeout for normal keys, a tiny one for the slow key.
		d := time.Second
		if key == "slow" {
			d = 10 * time.Millisecond
		}
		ctx, cancel := context.WithTimeout(context.Background(), d)
		v, err := fetch(ctx, key)
		cancel()
		fmt.Printf("key=%-7q value=%-16q err=%v (%s)\n", key, v, err, describe(err))
	}

	// A deadline already in the past fails straight away.
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Minute))
	defer cancel()
	<-ctx.Done()
	fmt.Println("past deadline:", ctx.Err())
	_, hasDeadline := ctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)
}
