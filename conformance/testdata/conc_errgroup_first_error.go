package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Group is a small hand-written version of errgroup.Group.
type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Go(func() {
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	})
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

type StepError struct {
	Step int
	Msg  string
}

func (e *StepError) Error() string { return fmt.Sprintf("step %d: %s", e.Step, e.Msg) }

func main() {
	// All succeed.
	g, _ := WithContext(context.Background())
	squares := make([]int, 5)
	for i := range squares {
		g.Go(func() error { squares[i] = i * i; return nil })
	}
	fmt.Println("err:", g.Wait(), "squares:", squares)

	// Step 2 fails; the others notice cancellation. Step 4 waits for
	// the cancellation and then also fails, but the first error wins.
	g, ctx := WithContext(context.Background())
	outcome := make([]string, 5)
	for i := range outcome {
		g.Go(func() error {
			switch i {
			case 2:
				outcome[i] = "failed"
				return &StepError{Step: i, Msg: "disk full"}
			default:
				<-ctx.Done()
				outcome[i] = "cancelled"
				if i == 4 {
					return &StepError{Step: i, Msg: "late failure"}
				}
				return ctx.Err()
			}
		})
	}
	err := g.Wait()
	fmt.Println("first error:", err)
	var se *StepError
	if errors.As(err, &se) {
		fmt.Printf("as StepError: %+v\n", *se)
	}
	fmt.Println("outcomes:", outcome)
}
