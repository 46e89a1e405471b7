// A circuit breaker (closed/open/half-open) over a fake clock.
package main

import (
	"errors"
	"fmt"
)

type BreakerState int

const (
	Closed BreakerState = iota
	Open
	HalfOpen
)

func (s BreakerState) String() string {
	return [...]string{"closed", "open", "half-open"}[s]
}

var ErrOpen = errors.New("circuit open")

type Clock struct{ ms int }

type Breaker struct {
	clock       *Clock
	state       BreakerState
	failures    int
	threshold   int
	cooldown    int
	openedAt    int
	transitions []string
}

func (b *Breaker) setState(s BreakerState) {
	if s != b.state {
		b.transitions = append(b.transitions, fmt.Sprintf("%d:%v->%v", b.clock.ms, b.state, s))
		b.state = s
	}
}

func (b *Breaker) Call(fn func() error) error {
	if b.state == Open {
		if b.clock.ms-b.openedAt < b.cooldown {
			return fmt.Errorf("rejected at %dms: %w", b.clock.ms, ErrOpen)
		}
		b.setState(HalfOpen)
	}
	err := fn()
	if err != nil {
		b.failures++
		if b.state == HalfOpen || b.failures >= b.threshold {
			b.setState(Open)
			b.openedAt = b.clock.ms
		}
		return err
	}
	b.failures = 0
	b.setState(Closed)
	return nil
}

type Backend struct {
	healthyFrom, healthyTo []int // healthy windows
	calls                  int
}

func (be *Backend) Do(now int) error {
	be.calls++
	for i := range be.healthyFrom {
		if now >= be.healthyFrom[i] && now < be.healthyTo[i] {
			return nil
		}
	}
	return fmt.Errorf("backend 503 at %dms", now)
}

func main() {
	clock := &Clock{}
	b := &Breaker{clock: clock, threshold: 3, cooldown: 250}
	be := &Backend{healthyFrom: []int{0, 700}, healthyTo: []int{200, 2000}}

	var ok, failed, rejected int
	for step := 0; step < 24; step++ {
		clock.ms = step * 50
		err := b.Call(func() error { return be.Do(clock.ms) })
		var res string
		switch {
		case err == nil:
			ok++
			res = "ok"
		case errors.Is(err, ErrOpen):
			rejected++
			res = "fast-fail"
		default:
			failed++
			res = "error: " + err.Error()
		}
		if step%2 == 0 || err != nil && !errors.Is(err, ErrOpen) {
			fmt.Printf("t=%4dms state=%-9v %s\n", clock.ms, b.state, res)
		}
	}
	fmt.Println("transitions:")
	for _, t := range b.transitions {
		fmt.Println("  " + t)
	}
	fmt.Printf("ok=%d failed=%d rejected=%d backend_calls=%d\n", ok, failed, rejected, be.calls)
}
