package main

import (
	"errors"
	"fmt"
	"sync"
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

var (
	ErrOpen    = errors.New("circuit open")
	errBackend = errors.New("backend failure")
)

type Breaker struct {
	mu                  sync.Mutex
	state               State
	failures, threshold int
	cooldown            int // ticks to stay open
	openedAt, tick      int
}

func (b *Breaker) Call(fn func() error) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.tick++
	if b.state == Open {
		if b.tick-b.openedAt < b.cooldown {
			return ErrOpen
		}
		b.state = HalfOpen
	}
	err := fn()
	switch {
	case err == nil:
		b.state, b.failures = Closed, 0
	case b.state == HalfOpen:
		b.trip()
	default:
		b.failures++
		if b.failures >= b.threshold {
			b.trip()
		}
	}
	return err
}

func (b *Breaker) trip() {
	b.state, b.openedAt, b.failures = Open, b.tick, 0
}

func (b *Breaker) State() State {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.state
}

func main() {
	br := &Breaker{threshold: 3, cooldown: 3}
	outcomes := "ssfffsssfsssfffffss" // s = backend succeeds, f = backend fails
	backendCalls := 0
	for i, o := range outcomes {
		err := br.Call(func() error {
			backendCalls++
			return map[rune]error{'f': errBackend}[o]
		})
		res := map[bool]string{true: "failed", false: "ok"}[err != nil]
		if errors.Is(err, ErrOpen) {
			res = "rejected"
		}
		fmt.Printf("%2d %c -> %-8s state=%v\n", i, o, res, br.State())
	}
	fmt.Println("backend calls:", backendCalls, "of", len(outcomes))

	// While open, concurrent callers are all rejected without touching the backend.
	for br.State() != Open {
		br.Call(func() error { return errBackend })
	}
	var wg sync.WaitGroup
	rejected := make([]bool, 2)
	for i := range rejected {
		wg.Go(func() { rejected[i] = errors.Is(br.Call(func() error { return nil }), ErrOpen) })
	}
	wg.Wait()
	fmt.Println("concurrent rejected:", rejected, "state:", br.State())
}
