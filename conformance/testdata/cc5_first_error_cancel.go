// Exercise 10: errgroup-style "first error cancels the rest" using context.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelCauseFunc
}

func WithContext(parent context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(parent)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				g.cancel(err)
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel(nil)
	return g.err
}

var ErrBadRecord = errors.New("bad record")

type Task struct {
	Name string
	Kind string // "fast", "slow" (waits for cancellation) or "fail"
}

func runScenario(title string, tasks []Task) {
	fmt.Printf("--- %s ---\n", title)
	g, ctx := WithContext(context.Background())
	outcomes := make([]string, len(tasks))
	for i, t := range tasks {
		g.Go(func() error {
			switch t.Kind {
			case "fast":
				outcomes[i] = "finished"
				return nil
			case "fail":
				outcomes[i] = "failed"
				return fmt.Errorf("task %s: %w", t.Name, ErrBadRecord)
			case "late-fail":
				<-ctx.Done()
				outcomes[i] = "failed after cancel"
				return errors.New("secondary failure")
			default:
				<-ctx.Done() // a long job that only stops when told to
				outcomes[i] = "cancelled"
				return ctx.Err()
			}
		})
	}
	err := g.Wait()
	for i, t := range tasks {
		fmt.Printf("  %-8s %-9s -> %s\n", t.Name, t.Kind, outcomes[i])
	}
	fmt.Printf("  group error: %v\n", err)
	fmt.Printf("  is ErrBadRecord: %v\n", errors.Is(err, ErrBadRecord))
	fmt.Printf("  context cause: %v\n", context.Cause(ctx))
}

func main() {
	runScenario("one failure cancels slow tasks", []Task{
		{"load", "fast"}, {"parse", "fail"}, {"index", "slow"}, {"upload", "slow"}, {"audit", "late-fail"},
	})
	runScenario("all fast tasks succeed", []Task{
		{"a", "fast"}, {"b", "fast"}, {"c", "fast"},
	})
}
