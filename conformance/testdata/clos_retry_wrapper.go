package main

import (
	"errors"
	"fmt"
	"time"
)

type TemporaryError struct {
	Op      string
	Attempt int
}

func (e *TemporaryError) Error() string {
	return fmt.Sprintf("%s: temporary failure on attempt %d", e.Op, e.Attempt)
}

var ErrFatal = errors.New("fatal error")

// fakeClock records sleeps instead of actually sleeping.
type fakeClock struct {
	slept []time.Duration
}

func (c *fakeClock) Sleep(d time.Duration) { c.slept = append(c.slept, d) }

type RetryPolicy struct {
	Attempts int
	Base     time.Duration
	Sleep    func(time.Duration)
}

func (p RetryPolicy) Wrap(fn func(attempt int) error) func() error {
	return func() error {
		var err error
		delay := p.Base
		for attempt := 1; attempt <= p.Attempts; attempt++ {
			err = fn(attempt)
			if err == nil {
				return nil
			}
			var tmp *TemporaryError
			if !errors.As(err, &tmp) {
				return fmt.Errorf("giving up after attempt %d: %w", attempt, err)
			}
			if attempt < p.Attempts {
				p.Sleep(delay)
				delay *= 2
			}
		}
		return fmt.Errorf("exhausted %d attempts: %w", p.Attempts, err)
	}
}

// flaky returns an operation that fails the first n times.
func flaky(name string, n int, fatalAt int) func(int) error {
	calls := 0
	return func(attempt int) error {
		calls++
		if calls == fatalAt {
			return fmt.Errorf("%s: %w", name, ErrFatal)
		}
		if calls <= n {
			return &TemporaryError{Op: name, Attempt: attempt}
		}
		return nil
	}
}

func main() {
	clock := &fakeClock{}
	policy := RetryPolicy{Attempts: 4, Base: 100 * time.Millisecond, Sleep: clock.Sleep}

	jobs := []struct {
		name    string
		fails   int
		fatalAt int
	}{
		{"fetch-users", 0, 0},
		{"fetch-orders", 2, 0},
		{"sync-stock", 9, 0},
		{"charge-card", 1, 2},
	}

	results := make(map[string]error)
	var order []string
	for _, j := range jobs {
		clock.slept = nil
		op := policy.Wrap(flaky(j.name, j.fails, j.fatalAt))
		err := op()
		results[j.name] = err
		order = append(order, j.name)
		fmt.Printf("%-13s sleeps=%v\n", j.name, clock.slept)
	}

	for _, name := range order {
		err := results[name]
		var tmp *TemporaryError
		switch {
		case err == nil:
			fmt.Printf("%-13s ok\n", name)
		case errors.Is(err, ErrFatal):
			fmt.Printf("%-13s FATAL: %v\n", name, err)
		case errors.As(err, &tmp):
			fmt.Printf("%-13s temporary (last attempt %d): %v\n", name, tmp.Attempt, err)
		}
	}
}
