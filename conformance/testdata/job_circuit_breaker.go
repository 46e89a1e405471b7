package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Clock interface{ Now() time.Time }

type FakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *FakeClock) Now() time.Time          { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *FakeClock) Advance(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

type State int

const (
	Closed State = iota
	Open
	HalfOpen
)

func (s State) String() string { return [...]string{"closed", "open", "half-open"}[s] }

var ErrOpen = errors.New("circuit open")

type Breaker struct {
	mu          sync.Mutex
	clock       Clock
	state       State
	failures    int
	threshold   int
	cooldown    time.Duration
	openedAt    time.Time
	trialActive bool
	transitions []string
}

func (b *Breaker) setState(s State) {
	b.transitions = append(b.transitions, fmt.Sprintf("%v->%v", b.state, s))
	b.state = s
	switch s {
	case Open:
		b.openedAt = b.clock.Now()
	case Closed:
		b.failures = 0
	}
}

func (b *Breaker) allow() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch b.state {
	case Open:
		if b.clock.Now().Sub(b.openedAt) < b.cooldown {
			return ErrOpen
		}
		b.setState(HalfOpen)
		fallthrough
	case HalfOpen:
		if b.trialActive {
			return ErrOpen
		}
		b.trialActive = true
	}
	return nil
}

func (b *Breaker) record(err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.state == HalfOpen {
		b.trialActive = false
		next := Closed
		if err != nil {
			next = Open
		}
		b.setState(next)
	} else if err == nil {
		b.failures = 0
	} else if b.failures++; b.state == Closed && b.failures >= b.threshold {
		b.setState(Open)
	}
}

func (b *Breaker) Call(fn func() error) error {
	if err := b.allow(); err != nil {
		return err
	}
	err := fn()
	b.record(err)
	return err
}

func (b *Breaker) State() State { b.mu.Lock(); defer b.mu.Unlock(); return b.state }

func main() {
	clock := &FakeClock{t: time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)}
	br := &Breaker{clock: clock, threshold: 3, cooldown: 10 * time.Second}
	ok, fail := func() error { return nil }, func() error { return errors.New("backend 503") }

	script := []func() error{ok, fail, fail, ok, fail, fail, fail, ok}
	for i, fn := range script {
		err := br.Call(fn)
		fmt.Printf("call %d: err=%v state=%v\n", i+1, err, br.State())
	}

	var rejected atomic.Int32
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() {
			if errors.Is(br.Call(ok), ErrOpen) {
				rejected.Add(1)
			}
		})
	}
	wg.Wait()
	fmt.Printf("while open: %d/20 rejected\n", rejected.Load())

	clock.Advance(5 * time.Second)
	fmt.Printf("after 5s: err=%v\n", br.Call(ok))
	clock.Advance(6 * time.Second)
	fmt.Printf("after 11s trial: err=%v state=%v\n", br.Call(fail), br.State())

	clock.Advance(10 * time.Second)
	release := make(chan struct{})
	rejected.Store(0)
	var trials atomic.Int32
	for range 10 {
		wg.Go(func() {
			if errors.Is(br.Call(func() error { trials.Add(1); <-release; return nil }), ErrOpen) {
				rejected.Add(1)
			}
		})
	}
	for rejected.Load() < 9 {
		time.Sleep(50 * time.Microsecond)
	}
	close(release)
	wg.Wait()
	fmt.Printf("half-open: trials=%d rejected=%d state=%v\n", trials.Load(), rejected.Load(), br.State())
	fmt.Println("transitions:", strings.Join(br.transitions, ", "))
}
