package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

// Group is a small hand-rolled version of errgroup.Group.
type Group struct {
	wg      sync.WaitGroup
	cancel  context.CancelCauseFunc
	errOnce sync.Once
	err     error
	sem     chan struct{}
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) SetLimit(n int) { g.sem = make(chan struct{}, n) }

func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- struct{}{}
	}
	g.wg.Add(1)
	go func() {
		defer func() {
			if g.sem != nil {
				<-g.sem
			}
			g.wg.Done()
		}()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel(err)
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel(g.err)
	}
	return g.err
}

func main() {
	// 1. all tasks succeed; results are stored by index
	services := []string{"auth", "billing", "catalog", "search", "inventory", "shipping"}
	g, _ := WithContext(context.Background())
	lengths := make([]int, len(services))
	for i, s := range services {
		g.Go(func() error {
			lengths[i] = len(strings.Repeat(s, 3))
			return nil
		})
	}
	fmt.Println("all ok:", g.Wait(), lengths)

	// 2. one task fails, the rest notice cancellation
	g, ctx := WithContext(context.Background())
	var cancelled atomic.Int32
	for _, s := range []string{"cache", "db", "queue", "mailer", "metrics"} {
		g.Go(func() error {
			if s == "db" {
				return fmt.Errorf("%s: connection refused", s)
			}
			<-ctx.Done()
			cancelled.Add(1)
			return ctx.Err()
		})
	}
	err := g.Wait()
	fmt.Println("first error:", err)
	fmt.Println("cancelled peers:", cancelled.Load())
	fmt.Println("context cause:", context.Cause(ctx))
	fmt.Println("ctx.Err is Canceled:", errors.Is(ctx.Err(), context.Canceled))

	// 3. limited concurrency
	g, _ = WithContext(context.Background())
	g.SetLimit(2)
	var running, peak, total atomic.Int64
	for i := 1; i <= 10; i++ {
		g.Go(func() error {
			n := running.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			total.Add(int64(i * i))
			running.Add(-1)
			return nil
		})
	}
	fmt.Println("limited err:", g.Wait())
	fmt.Println("sum of squares:", total.Load(), "peak<=2:", peak.Load() <= 2)

	// 4. wrapped errors survive
	sentinel := errors.New("quota exceeded")
	g, _ = WithContext(context.Background())
	g.Go(func() error { return fmt.Errorf("upload part 3: %w", sentinel) })
	err = g.Wait()
	fmt.Println("wrapped:", err, "is sentinel:", errors.Is(err, sentinel))
}
