package main

import (
	"errors"
	"fmt"
	"time"
)

type State int

const (
	Closed State = iota
	Open
	HalfOpen
)

func (s State) String() string {
	return [...]string{"closed", "open", "half-open"}[s]
}

var ErrOpen = errors.New("circuit breaker is open")

type clock struct{ now time.Duration }

// Breaker opens after Threshold consecutive failures, stays open for
// Cooldown, then lets a limited number of trial calls through.
type Breaker struct {
	clk         *clock
	Threshold   int
	Cooldown    time.Duration
	TrialCalls  int
	state       State
	failures    int
	openedAt    time.Duration
	trialsLeft  int
	transitions []string
}

func (b *Breaker) setState(s State) {
	if s == b.state {
		return
	}
	b.transitions = append(b.transitions, fmt.Sprintf("%v: %v -> %v", b.clk.now, b.state, s))
	b.state = s
	switch s {
	case Open:
		b.openedAt = b.clk.now
	case HalfOpen:
		b.trialsLeft = b.TrialCalls
	case Closed:
		b.failures = 0
	}
}

func (b *Breaker) Call(fn func() error) error {
	if b.state == Open && b.clk.now-b.openedAt >= b.Cooldown {
		b.setState(HalfOpen)
	}
	switch b.state {
	case Open:
		return ErrOpen
	case HalfOpen:
		if b.trialsLeft == 0 {
			return ErrOpen
		}
		b.trialsLeft--
	}

	err := fn()
	switch {
	case err != nil && b.state == HalfOpen:
		b.setState(Open)
	case err != nil:
		b.failures++
		if b.failures >= b.Threshold {
			b.setState(Open)
		}
	case b.state == HalfOpen && b.trialsLeft == 0:
		b.setState(Closed)
	case b.state == Closed:
		b.failures = 0
	}
	return err
}

func main() {
	clk := &clock{}
	br := &Breaker{clk: clk, Threshold: 3, Cooldown: 10 * time.Second, TrialCalls: 2}

	// The downstream is healthy except during [2s, 25s).
	backend := func() error {
		if clk.now >= 2*time.Second && clk.now < 25*time.Second {
			return errors.New("upstream 503")
		}
		return nil
	}

	calls, rejected := 0, 0
	for t := time.Duration(0); t <= 34*time.Second; t += 2 * time.Second {
		clk.now = t
		err := br.Call(func() error { calls++; return backend() })
		result := "ok"
		switch {
		case errors.Is(err, ErrOpen):
			rejected++
			result = "rejected (fast fail)"
		case err != nil:
			result = "error: " + err.Error()
		}
		fmt.Printf("t=%-4v state=%-9v %s\n", t, br.state, result)
	}
	fmt.Println("transitions:")
	for _, tr := range br.transitions {
		fmt.Println("  " + tr)
	}
	fmt.Printf("backend calls=%d rejected=%d\n", calls, rejected)
}
