package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type Poller struct {
	Name     string
	Interval time.Duration
	MaxTicks int
	polls    []int
}

func (p *Poller) Run(ctx context.Context) int {
	t := time.NewTicker(p.Interval)
	defer t.Stop()
	for n := 1; n <= p.MaxTicks; n++ {
		select {
		case <-ctx.Done():
			return n - 1
		case <-t.C:
			p.polls = append(p.polls, n*n)
		}
	}
	return p.MaxTicks
}

func main() {
	// Simple fixed-count ticker loop.
	ticker := time.NewTicker(time.Millisecond)
	count := 0
	for range ticker.C {
		count++
		fmt.Println("tick", count)
		if count == 5 {
			ticker.Stop()
			break
		}
	}

	// Several pollers with different periods, each doing a fixed number of ticks.
	pollers := []*Poller{
		{Name: "health", Interval: time.Millisecond, MaxTicks: 4},
		{Name: "metrics", Interval: 2 * time.Millisecond, MaxTicks: 3},
		{Name: "config", Interval: 500 * time.Microsecond, MaxTicks: 6},
	}
	ctx := context.Background()
	var wg sync.WaitGroup
	completed := make([]int, len(pollers))
	for i, p := range pollers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			completed[i] = p.Run(ctx)
		}()
	}
	wg.Wait()
	for i, p := range pollers {
		fmt.Printf("%-8s ticks=%d polls=%v\n", p.Name, completed[i], p.polls)
	}

	// Reset changes the period; we still only count ticks.
	t := time.NewTicker(3 * time.Millisecond)
	t.Reset(time.Millisecond)
	got := 0
	for got < 3 {
		<-t.C
		got++
	}
	t.Stop()
	fmt.Println("after reset received", got, "ticks")

	// A cancelled context stops a poller before any tick.
	cctx, cancel := context.WithCancel(context.Background())
	cancel()
	slow := &Poller{Name: "slow", Interval: time.Hour, MaxTicks: 10}
	fmt.Println("cancelled poller ticks:", slow.Run(cctx))

	// time.After in a loop with a heartbeat budget.
	beats := 0
	deadline := time.After(time.Second)
loop:
	for {
		select {
		case <-deadline:
			break loop
		case <-time.After(500 * time.Microsecond):
			beats++
			if beats == 4 {
				break loop
			}
		}
	}
	fmt.Println("heartbeats:", beats)
}
