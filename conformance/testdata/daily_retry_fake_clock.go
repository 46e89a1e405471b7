package main

import (
	"errors"
	"fmt"
	"time"
)

type FakeClock struct {
	now   time.Time
	slept []time.Duration
}

func (c *FakeClock) Now() time.Time { return c.now }
func (c *FakeClock) Sleep(d time.Duration) {
	c.slept = append(c.slept, d)
	c.now = c.now.Add(d)
}

type TemporaryError struct {
	Op   string
	Code int
}

func (e *TemporaryError) Error() string {
	return fmt.Sprintf("%s: temporary failure (code %d)", e.Op, e.Code)
}

var ErrPermanent = errors.New("permanent failure")

type Clock interface {
	Now() time.Time
	Sleep(time.Duration)
}

func Retry(clk Clock, attempts int, base time.Duration, fn func(attempt int) error) error {
	var err error
	delay := base
	for i := 1; i <= attempts; i++ {
		err = fn(i)
		if err == nil {
			return nil
		}
		var tmp *TemporaryError
		if !errors.As(err, &tmp) {
			return fmt.Errorf("attempt %d: giving up: %w", i, err)
		}
		if i < attempts {
			clk.Sleep(delay)
			delay *= 2
		}
	}
	return fmt.Errorf("after %d attempts: %w", attempts, err)
}

func main() {
	start := time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)
	scenarios := []struct {
		name string
		fn   func(int) error
	}{
		{"succeeds third", func(a int) error {
			if a < 3 {
				return &TemporaryError{Op: "fetch", Code: 503}
			}
			return nil
		}},
		{"permanent", func(a int) error {
			if a == 2 {
				return fmt.Errorf("decode: %w", ErrPermanent)
			}
			return &TemporaryError{Op: "decode", Code: 429}
		}},
		{"always temporary", func(a int) error { return &TemporaryError{Op: "upload", Code: 500 + a} }},
	}
	for _, s := range scenarios {
		clk := &FakeClock{now: start}
		err := Retry(clk, 4, 100*time.Millisecond, s.fn)
		fmt.Printf("%-16s err=%v\n", s.name, err)
		fmt.Printf("%-16s slept=%v elapsed=%s permanent=%t\n", "", clk.slept, clk.Now().Sub(start), errors.Is(err, ErrPermanent))
		var tmp *TemporaryError
		if errors.As(err, &tmp) {
			fmt.Printf("%-16s last code=%d\n", "", tmp.Code)
		}
	}
}
