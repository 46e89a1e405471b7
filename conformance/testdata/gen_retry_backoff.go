package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTemporary = errors.New("temporary failure")

type PermanentError struct{ Code int }

func (e PermanentError) Error() string { return fmt.Sprintf("permanent failure (code %d)", e.Code) }

type Policy struct {
	Attempts  int
	Base, Max time.Duration
}

// fakeClock records sleeps instead of sleeping.
type fakeClock struct{ slept []time.Duration }

func (c *fakeClock) Sleep(d time.Duration) { c.slept = append(c.slept, d) }

type RetryError struct {
	Attempts int
	Last     error
}

func (e *RetryError) Error() string {
	return fmt.Sprintf("gave up after %d attempts: %v", e.Attempts, e.Last)
}
func (e *RetryError) Unwrap() error { return e.Last }

func Retry[T any](p Policy, clk *fakeClock, op func(attempt int) (T, error)) (T, error) {
	var zero T
	var last error
	delay := p.Base
	for i := 1; i <= p.Attempts; i++ {
		v, err := op(i)
		if err == nil {
			return v, nil
		}
		last = err
		var perm PermanentError
		if errors.As(err, &perm) {
			return zero, fmt.Errorf("attempt %d: not retryable: %w", i, err)
		}
		if i < p.Attempts {
			clk.Sleep(delay)
			delay = min(delay*2, p.Max)
		}
	}
	return zero, &RetryError{Attempts: p.Attempts, Last: last}
}

func flaky(failUntil int) func(int) (string, error) {
	return func(attempt int) (string, error) {
		if attempt < failUntil {
			return "", fmt.Errorf("call %d: %w", attempt, ErrTemporary)
		}
		return fmt.Sprintf("ok on attempt %d", attempt), nil
	}
}

func main() {
	p := Policy{Attempts: 6, Base: 100 * time.Millisecond, Max: 1 * time.Second}
	cases := []struct {
		name string
		op   func(int) (string, error)
	}{
		{"succeeds third", flaky(3)},
		{"never succeeds", flaky(99)},
		{"permanent", func(a int) (string, error) {
			if a == 2 {
				return "", PermanentError{Code: 403}
			}
			return "", ErrTemporary
		}},
	}
	for _, c := range cases {
		clk := &fakeClock{}
		v, err := Retry(p, clk, c.op)
		fmt.Printf("[%s] value=%q err=%v\n", c.name, v, err)
		fmt.Printf("  sleeps=%v\n", clk.slept)
		var re *RetryError
		var pe PermanentError
		fmt.Printf("  temporary=%t retryErr=%t permanent=%t\n",
			errors.Is(err, ErrTemporary), errors.As(err, &re), errors.As(err, &pe))
		if re != nil {
			fmt.Printf("  %T attempts=%d last=%v\n", re, re.Attempts, re.Last)
		}
		if pe.Code != 0 {
			fmt.Printf("  %+v\n", pe)
		}
	}
	n, err := Retry(Policy{Attempts: 2, Base: time.Second, Max: time.Second}, &fakeClock{},
		func(a int) (int, error) { return a * 10, nil })
	fmt.Println(n, err)
}
