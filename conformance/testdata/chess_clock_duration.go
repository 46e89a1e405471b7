package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrFlagFell = errors.New("flag fell")

// Clock models a Fischer increment clock without reading real time.
type Clock struct {
	Remaining [2]time.Duration
	Increment time.Duration
	ToMove    int
}

func NewClock(base, inc time.Duration) *Clock {
	return &Clock{Remaining: [2]time.Duration{base, base}, Increment: inc}
}

// Spend charges the side to move for a think and switches sides.
func (c *Clock) Spend(think time.Duration) error {
	side := c.ToMove
	c.Remaining[side] -= think
	if c.Remaining[side] <= 0 {
		c.Remaining[side] = 0
		return fmt.Errorf("%s: %w", sideName(side), ErrFlagFell)
	}
	c.Remaining[side] += c.Increment
	c.ToMove = 1 - side
	return nil
}

func sideName(i int) string {
	return [...]string{"White", "Black"}[i]
}

func format(d time.Duration) string {
	m := int(d / time.Minute)
	s := d % time.Minute
	return fmt.Sprintf("%d:%06.3f", m, s.Seconds())
}

func main() {
	control := []struct {
		name      string
		base, inc time.Duration
	}{
		{"bullet", time.Minute, 0},
		{"blitz", 3 * time.Minute, 2 * time.Second},
		{"rapid", 15 * time.Minute, 10 * time.Second},
		{"classical", 90 * time.Minute, 30 * time.Second},
	}
	for _, tc := range control {
		expected := tc.base + 40*tc.inc
		fmt.Printf("%-9s %v+%v  ~40 moves each: %v\n", tc.name, tc.base, tc.inc, expected)
	}

	c := NewClock(3*time.Minute, 2*time.Second)
	thinks := []time.Duration{
		1500 * time.Millisecond, 2 * time.Second, 12*time.Second + 250*time.Millisecond,
		45 * time.Second, 90 * time.Second, 30 * time.Second, 80 * time.Second, 110 * time.Second,
	}
	for ply, t := range thinks {
		mover := sideName(c.ToMove)
		if err := c.Spend(t); err != nil {
			fmt.Printf("ply %d: %v (is ErrFlagFell: %t)\n", ply+1, err, errors.Is(err, ErrFlagFell))
			break
		}
		fmt.Printf("ply %d: %-5s thought %-8v W %s  B %s\n", ply+1, mover, t, format(c.Remaining[0]), format(c.Remaining[1]))
	}
	total := time.Duration(0)
	for _, t := range thinks {
		total += t
	}
	fmt.Println("total thinking:", total, "=", total.Round(time.Second), "rounded")
	fmt.Printf("in minutes: %.2f, truncated: %v\n", total.Minutes(), total.Truncate(time.Minute))
	d, err := time.ParseDuration("1h30m15s")
	fmt.Println("parsed:", d, err, int64(d/time.Second), "seconds")
}
