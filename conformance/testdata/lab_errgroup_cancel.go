// Lab 23: a hand-written errgroup. The first task to fail records its error
// and cancels the shared context; Wait returns that error once every task
// has returned.
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
	cancel context.CancelFunc
}

func WithContext(parent context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(parent)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Go(func() {
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				g.cancel()
			})
		}
	})
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

type TaskError struct {
	ID     int
	Reason string
}

func (e *TaskError) Error() string { return fmt.Sprintf("task %d failed: %s", e.ID, e.Reason) }

type Outcome int

const (
	Succeeded Outcome = iota
	Failed
	Canceled
)

func (o Outcome) String() string { return [...]string{"succeeded", "failed", "canceled"}[o] }

func run(failing int) {
	g, ctx := WithContext(context.Background())
	outcomes := make([]Outcome, 6)
	for id := range outcomes {
		g.Go(func() error {
			switch {
			case id == failing:
				outcomes[id] = Failed
				return &TaskError{ID: id, Reason: "checksum mismatch"}
			case id%2 == 0:
				// quick task: finishes without looking at the context
				outcomes[id] = Succeeded
				return nil
			default:
				// long task: only stops when the group is canceled
				if failing < 0 {
					outcomes[id] = Succeeded
					return nil
				}
				<-ctx.Done()
				outcomes[id] = Canceled
				return ctx.Err()
			}
		})
	}
	err := g.Wait()
	var te *TaskError
	if errors.As(err, &te) {
		fmt.Printf("group error: %v (failed task id=%d)\n", err, te.ID)
	} else {
		fmt.Println("group error:", err)
	}
	fmt.Println("outcomes:", outcomes)
}

func main() {
	run(3)
	run(-1)
}
