package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"time"
)

type TemporaryError struct {
	Op   string
	Code int
}

func (e *TemporaryError) Error() string {
	return fmt.Sprintf("%s: temporary failure (code %d)", e.Op, e.Code)
}

var ErrPermanent = errors.New("permanent failure")

type Backoff struct {
	Base, Max  time.Duration
	Multiplier float64
	Jitter     float64 // fraction, e.g. 0.2 = +/-20%
	rng        *rand.Rand
}

func (b *Backoff) Delay(attempt int) time.Duration {
	d := float64(b.Base)
	for range attempt {
		d *= b.Multiplier
	}
	if d > float64(b.Max) {
		d = float64(b.Max)
	}
	if b.Jitter > 0 && b.rng != nil {
		d += d * b.Jitter * (2*b.rng.Float64() - 1)
	}
	return time.Duration(d).Round(time.Millisecond)
}

type Result struct {
	Attempts int
	Waited   time.Duration
	Err      error
}

// Retry runs op until success, a non-temporary error, or maxAttempts.
// Instead of sleeping it accumulates the would-be waiting time.
func Retry(maxAttempts int, b *Backoff, op func(attempt int) error) Result {
	var waited time.Duration
	var err error
	for attempt := range maxAttempts {
		err = op(attempt)
		if err == nil {
			return Result{attempt + 1, waited, nil}
		}
		var te *TemporaryError
		if !errors.As(err, &te) {
			return Result{attempt + 1, waited, fmt.Errorf("giving up: %w", err)}
		}
		if attempt < maxAttempts-1 {
			d := b.Delay(attempt)
			fmt.Printf("    attempt %d failed (%v), next in %v\n", attempt+1, err, d)
			waited += d
		}
	}
	return Result{maxAttempts, waited, fmt.Errorf("after %d attempts: %w", maxAttempts, err)}
}

func main() {
	plain := &Backoff{Base: 100 * time.Millisecond, Max: 2 * time.Second, Multiplier: 2}
	fmt.Println("schedule without jitter:")
	for i := range 7 {
		fmt.Printf("  #%d %v\n", i, plain.Delay(i))
	}

	jittered := &Backoff{Base: 200 * time.Millisecond, Max: 5 * time.Second, Multiplier: 1.5, Jitter: 0.25,
		rng: rand.New(rand.NewPCG(42, 7))}

	scenarios := map[string]func(int) error{
		"flaky-then-ok": func(a int) error {
			if a < 3 {
				return &TemporaryError{"fetch", 503}
			}
			return nil
		},
		"always-busy": func(int) error { return fmt.Errorf("wrapped: %w", &TemporaryError{"write", 429}) },
		"hard-fail": func(a int) error {
			if a == 1 {
				return fmt.Errorf("auth: %w", ErrPermanent)
			}
			return &TemporaryError{"auth", 500}
		},
	}
	for _, name := range []string{"flaky-then-ok", "always-busy", "hard-fail"} {
		fmt.Println("scenario", name)
		r := Retry(4, jittered, scenarios[name])
		fmt.Printf("  attempts=%d waited=%v err=%v\n", r.Attempts, r.Waited, r.Err)
		fmt.Printf("  permanent=%t\n", errors.Is(r.Err, ErrPermanent))
	}
}
