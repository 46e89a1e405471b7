package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Group runs tasks concurrently; the first error cancels the shared context.
type Group struct {
	cancel context.CancelCauseFunc
	wg     sync.WaitGroup
	once   sync.Once
	err    error
}

func WithContext(parent context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(parent)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Go(func() {
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				g.cancel(err)
			})
		}
	})
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel(nil)
	return g.err
}

var ErrBadShard = errors.New("bad shard")

type ShardError struct{ Shard int }

func (e ShardError) Error() string { return fmt.Sprintf("shard %d corrupted", e.Shard) }
func (e ShardError) Unwrap() error { return ErrBadShard }

func run(failShard int) {
	g, ctx := WithContext(context.Background())
	status := make([]string, 6)
	for i := range status {
		g.Go(func() error {
			switch {
			case i == failShard:
				status[i] = "failed"
				return ShardError{i}
			case i%2 == 0: // quick tasks finish without looking at ctx
				status[i] = fmt.Sprintf("sum=%d", i*(i+1)/2)
				return nil
			}
			if failShard < 0 {
				status[i] = "done"
				return nil
			}
			<-ctx.Done() // slow tasks would run forever without cancellation
			status[i] = "canceled"
			return fmt.Errorf("shard %d: %w", i, context.Cause(ctx))
		})
	}
	err := g.Wait()
	fmt.Println("status:", status)
	var se ShardError
	fmt.Printf("err=%v is-bad=%t as-shard=%t", err, errors.Is(err, ErrBadShard), errors.As(err, &se))
	if err != nil {
		fmt.Printf(" shard=%d", se.Shard)
	}
	fmt.Printf(" ctx=%v cause=%v\n", ctx.Err(), context.Cause(ctx))
}

func main() {
	fmt.Println("== shard 3 fails")
	run(3)
	fmt.Println("== shard 0 fails")
	run(0)
	fmt.Println("== all succeed")
	run(-1)
}
