package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTemporary = errors.New("temporary failure")
var ErrFatal = errors.New("fatal failure")

type Policy struct {
	Attempts int
	Base     time.Duration
	Factor   int
}

// Backoffs lists the delays a policy would use (we never actually sleep).
func (p Policy) Backoffs() []time.Duration {
	out := make([]time.Duration, 0, p.Attempts-1)
	d := p.Base
	for i := 1; i < p.Attempts; i++ {
		out = append(out, d)
		d *= time.Duration(p.Factor)
	}
	return out
}

// Retry calls op until it succeeds, returns a non-retryable error, or runs out.
func Retry[T any](p Policy, retryable func(error) bool, op func(attempt int) (T, error)) (T, int, error) {
	var errs []error
	for attempt := 1; attempt <= p.Attempts; attempt++ {
		v, err := op(attempt)
		if err == nil {
			return v, attempt, nil
		}
		errs = append(errs, fmt.Errorf("attempt %d: %w", attempt, err))
		if !retryable(err) {
			break
		}
	}
	var zero T
	return zero, len(errs), errors.Join(errs...)
}

func isTemp(err error) bool { return errors.Is(err, ErrTemporary) }

// flaky returns an op that fails `failures` times before succeeding.
func flaky[T any](failures int, val T, failWith error) func(int) (T, error) {
	return func(attempt int) (T, error) {
		if attempt <= failures {
			var zero T
			return zero, failWith
		}
		return val, nil
	}
}

type Response struct {
	Status int
	Body   string
}

func fetchConfig() (Response, int, error) {
	return Retry(Policy{Attempts: 4, Base: 100 * time.Millisecond, Factor: 2}, isTemp,
		flaky(2, Response{200, `{"debug":true}`}, ErrTemporary))
}

func main() {
	p := Policy{Attempts: 5, Base: 50 * time.Millisecond, Factor: 3}
	fmt.Println("backoffs:", p.Backoffs())

	resp, n, err := fetchConfig()
	fmt.Printf("config: %+v after %d attempts, err=%v\n", resp, n, err)

	v, n, err := Retry(p, isTemp, flaky(10, 42, ErrTemporary))
	fmt.Printf("exhausted: v=%d attempts=%d\n", v, n)
	fmt.Println(err)
	fmt.Println("is temporary:", errors.Is(err, ErrTemporary))

	s, n, err := Retry(p, isTemp, func(attempt int) (string, error) {
		if attempt == 2 {
			return "", fmt.Errorf("disk gone: %w", ErrFatal)
		}
		return "", ErrTemporary
	})
	fmt.Printf("fatal: %q attempts=%d fatal=%v\n", s, n, errors.Is(err, ErrFatal))
	fmt.Println(err)

	f, n, err := Retry(Policy{Attempts: 1}, isTemp, flaky(0, 2.5, nil))
	fmt.Printf("first try: %5.2f attempts=%d err=%v\n", f, n, err)
}
