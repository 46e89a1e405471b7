// Lecture 10: writing our own errgroup.
// Group runs tasks concurrently, remembers the first error, and cancels
// the shared context so the remaining tasks can stop early.
package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelCauseFunc
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

type ValidationError struct {
	Item  string
	Cause string
}

func (e *ValidationError) Error() string { return fmt.Sprintf("item %q: %s", e.Item, e.Cause) }

func validate(ctx context.Context, item string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if item == "" {
		return &ValidationError{Item: item, Cause: "empty name"}
	}
	return nil
}

func main() {
	// Case 1: everything succeeds; results are collected then sorted.
	g, ctx := WithContext(context.Background())
	g.SetLimit(2)
	items := []string{"pear", "apple", "fig", "cherry"}
	var mu sync.Mutex
	var lengths []string
	for _, it := range items {
		g.Go(func() error {
			if err := validate(ctx, it); err != nil {
				return err
			}
			mu.Lock()
			lengths = append(lengths, fmt.Sprintf("%s=%d", it, len(it)))
			mu.Unlock()
			return nil
		})
	}
	err := g.Wait()
	slices.Sort(lengths)
	fmt.Println("case 1 err:", err)
	fmt.Println("case 1 results:", lengths)
	fmt.Println("case 1 ctx after Wait:", ctx.Err())

	// Case 2: one task fails; a blocked task observes cancellation.
	g, ctx = WithContext(context.Background())
	g.Go(func() error {
		<-ctx.Done()
		return ctx.Err()
	})
	g.Go(func() error {
		return validate(ctx, "")
	})
	err = g.Wait()
	fmt.Println("case 2 err:", err)
	var ve *ValidationError
	if errors.As(err, &ve) {
		fmt.Printf("case 2 as ValidationError: %+v\n", *ve)
	}
	fmt.Println("case 2 cause:", context.Cause(ctx))
	fmt.Println("case 2 ctx err is Canceled:", errors.Is(ctx.Err(), context.Canceled))
}
