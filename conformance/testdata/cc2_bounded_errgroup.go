package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

// Group is a small errgroup: it runs functions with a concurrency limit,
// remembers the first error and cancels the shared context.
type Group struct {
	wg      sync.WaitGroup
	sem     chan struct{}
	once    sync.Once
	err     error
	cancel  context.CancelFunc
	ctx     context.Context
	running atomic.Int32
	peak    atomic.Int32
}

func WithContext(parent context.Context, limit int) *Group {
	ctx, cancel := context.WithCancel(parent)
	return &Group{sem: make(chan struct{}, limit), ctx: ctx, cancel: cancel}
}

func (g *Group) Go(fn func(ctx context.Context) error) {
	g.sem <- struct{}{} // like errgroup.SetLimit: the caller blocks
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		defer func() { <-g.sem }()
		n := g.running.Add(1)
		for {
			p := g.peak.Load()
			if n <= p || g.peak.CompareAndSwap(p, n) {
				break
			}
		}
		defer g.running.Add(-1)
		if err := fn(g.ctx); err != nil {
			g.once.Do(func() {
				g.err = err
				g.cancel()
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

func checksum(id int) int {
	h := id
	for i := 0; i < 2000; i++ {
		h = (h*31 + i) % 1000003
	}
	return h
}

func main() {
	// Round 1: everything succeeds, results stored by index.
	g := WithContext(context.Background(), 3)
	results := make([]int, 12)
	for i := range results {
		g.Go(func(ctx context.Context) error {
			results[i] = checksum(i)
			return nil
		})
	}
	fmt.Println("round 1 error:", g.Wait())
	for i, r := range results {
		fmt.Printf("  task %2d -> %d\n", i, r)
	}
	fmt.Println("  peak within limit:", g.peak.Load() <= 3)

	// Round 2: the first task fails; the others run until cancelled.
	g = WithContext(context.Background(), 2)
	var cancelled atomic.Int32
	for i := 0; i < 10; i++ {
		g.Go(func(ctx context.Context) error {
			if i == 0 {
				return fmt.Errorf("task %d: disk full", i)
			}
			<-ctx.Done()
			cancelled.Add(1)
			return ctx.Err()
		})
	}
	err := g.Wait()
	fmt.Println("round 2 error:", err)
	fmt.Println("  cancelled:", cancelled.Load())
	fmt.Println("  is context.Canceled:", errors.Is(err, context.Canceled))

	// Round 3: collect every error, not just the first.
	var mu sync.Mutex
	var errs []string
	g = WithContext(context.Background(), 4)
	for i := 0; i < 15; i++ {
		g.Go(func(ctx context.Context) error {
			if checksum(i)%3 == 0 {
				mu.Lock()
				errs = append(errs, fmt.Sprintf("item %02d rejected", i))
				mu.Unlock()
			}
			return nil
		})
	}
	g.Wait()
	sort.Strings(errs)
	fmt.Println("round 3 rejected count:", len(errs))
	for _, e := range errs {
		fmt.Println("  " + e)
	}
	fmt.Println("  joined nil?", errors.Join() == nil)
}
