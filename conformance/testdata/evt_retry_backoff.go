// Retry with exponential backoff and jitter over a fake clock.
package main

import (
	"errors"
	"fmt"
	"time"
)

type FakeClock struct {
	now    time.Duration
	sleeps []time.Duration
}

func (c *FakeClock) Sleep(d time.Duration) {
	c.sleeps = append(c.sleeps, d)
	c.now += d
}

var (
	ErrTransient = errors.New("transient failure")
	ErrFatal     = errors.New("fatal failure")
)

type AttemptError struct {
	Attempts int
	Last     error
}

func (e *AttemptError) Error() string {
	return fmt.Sprintf("gave up after %d attempts: %v", e.Attempts, e.Last)
}
func (e *AttemptError) Unwrap() error { return e.Last }

type Policy struct {
	Max     int
	Base    time.Duration
	Cap     time.Duration
	Jitter  func(n int) time.Duration
	Retryer func(error) bool
}

func (p Policy) Backoff(attempt int) time.Duration {
	d := p.Base << (attempt - 1)
	if d > p.Cap {
		d = p.Cap
	}
	if p.Jitter != nil {
		d += p.Jitter(attempt)
	}
	return d
}

func Retry(c *FakeClock, p Policy, op func(attempt int) error) error {
	var err error
	for a := 1; a <= p.Max; a++ {
		err = op(a)
		if err == nil {
			return nil
		}
		if !p.Retryer(err) {
			return fmt.Errorf("attempt %d not retryable: %w", a, err)
		}
		if a == p.Max {
			break
		}
		d := p.Backoff(a)
		fmt.Printf("    t=%-6v attempt %d failed (%v); sleeping %v\n", c.now, a, err, d)
		c.Sleep(d)
	}
	return &AttemptError{Attempts: p.Max, Last: err}
}

// flaky returns an operation that fails according to a fixed script.
func flaky(script ...error) func(int) error {
	return func(attempt int) error {
		if attempt-1 < len(script) {
			return script[attempt-1]
		}
		return nil
	}
}

func main() {
	seed := uint64(7)
	policy := Policy{
		Max:  5,
		Base: 100 * time.Millisecond,
		Cap:  time.Second,
		Jitter: func(int) time.Duration {
			seed = seed*6364136223846793005 + 1442695040888963407
			return time.Duration(seed>>33%50) * time.Millisecond
		},
		Retryer: func(err error) bool { return errors.Is(err, ErrTransient) },
	}
	cases := []struct {
		name string
		op   func(int) error
	}{
		{"ok-first", flaky()},
		{"ok-third", flaky(ErrTransient, fmt.Errorf("db: %w", ErrTransient))},
		{"fatal", flaky(ErrTransient, fmt.Errorf("auth: %w", ErrFatal))},
		{"exhausted", flaky(ErrTransient, ErrTransient, ErrTransient, ErrTransient, ErrTransient, ErrTransient)},
	}
	for _, tc := range cases {
		clock := &FakeClock{}
		fmt.Printf("case %s:\n", tc.name)
		err := Retry(clock, policy, tc.op)
		var ae *AttemptError
		switch {
		case err == nil:
			fmt.Printf("  success at t=%v\n", clock.now)
		case errors.As(err, &ae):
			fmt.Printf("  %v (transient=%t) at t=%v\n", ae, errors.Is(err, ErrTransient), clock.now)
		case errors.Is(err, ErrFatal):
			fmt.Printf("  fatal: %v at t=%v\n", err, clock.now)
		default:
			fmt.Printf("  unexpected: %v\n", err)
		}
		fmt.Printf("  sleeps=%v\n", clock.sleeps)
	}
}
