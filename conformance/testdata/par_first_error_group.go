// A hand-written errgroup: the first failing task cancels the rest, and
// Wait reports that first error.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelFunc
}

func WithContext(parent context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(parent)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
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

type ValidationError struct {
	Item  int
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("item %d has negative value %d", e.Item, e.Value)
}

func process(ctx context.Context, data []int) (int, error) {
	g, ctx := WithContext(ctx)
	results := make([]int, len(data))
	for i, v := range data {
		g.Go(func() error {
			if v < 0 {
				return &ValidationError{Item: i, Value: v}
			}
			// A well-behaved task checks for cancellation before heavy work.
			select {
			case <-ctx.Done():
				return ctx.Err()
			default:
			}
			results[i] = v * v
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return 0, fmt.Errorf("process: %w", err)
	}
	sum := 0
	for _, r := range results {
		sum += r
	}
	return sum, nil
}

func main() {
	inputs := [][]int{
		{1, 2, 3, 4},
		{5, 6, -7, 8},
		{},
	}
	for _, in := range inputs {
		sum, err := process(context.Background(), in)
		var ve *ValidationError
		switch {
		case errors.As(err, &ve):
			fmt.Printf("%v -> validation failed at index %d: %v\n", in, ve.Item, err)
		case err != nil:
			fmt.Printf("%v -> unexpected error %v\n", in, err)
		default:
			fmt.Printf("%v -> sum of squares %d\n", in, sum)
		}
	}
}
