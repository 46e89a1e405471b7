// Homework 2, problem 23: an errgroup written by hand.
// Group.Go runs tasks in goroutines. The first task to return a non-nil
// error has it recorded (sync.Once) and cancels the shared context, so the
// remaining tasks can stop early. Wait returns that first error.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Group mimics golang.org/x/sync/errgroup using only the standard library.
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
	g.wg.Go(func() {
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				g.cancel()
			})
		}
	})
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel() // release context resources in every case
	return g.err
}

// ErrBadRecord is returned by the task that hits corrupt input.
var ErrBadRecord = errors.New("bad record")

// checksum processes records and fails on a negative one. It checks ctx
// between records so it stops soon after another task fails.
func checksum(ctx context.Context, id int, records []int) (int, error) {
	sum := 0
	for i, r := range records {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		if r < 0 {
			return 0, fmt.Errorf("task %d, record %d: %w", id, i, ErrBadRecord)
		}
		sum += r * (i + 1)
	}
	return sum, nil
}

func runBatch(name string, batches [][]int) {
	g, ctx := WithContext(context.Background())
	sums := make([]int, len(batches))
	for id, recs := range batches {
		g.Go(func() error {
			s, err := checksum(ctx, id, recs)
			sums[id] = s
			return err
		})
	}
	err := g.Wait()
	fmt.Println("batch", name+":")
	if err != nil {
		fmt.Println("  error:", err)
		fmt.Println("  is ErrBadRecord:", errors.Is(err, ErrBadRecord))
		fmt.Println("  context cancelled:", ctx.Err() == context.Canceled)
		return
	}
	for id, s := range sums {
		fmt.Printf("  task %d checksum %d\n", id, s)
	}
	fmt.Println("  error: <nil>")
}

func makeRecords(n, seed int) []int {
	recs := make([]int, n)
	for i := range recs {
		recs[i] = (seed*31 + i*17) % 100
	}
	return recs
}

func main() {
	good := [][]int{makeRecords(50, 1), makeRecords(50, 2), makeRecords(50, 3), makeRecords(50, 4)}
	runBatch("all good", good)

	bad := [][]int{makeRecords(500, 5), makeRecords(500, 6), makeRecords(20, 7), makeRecords(500, 8)}
	bad[2][7] = -1 // only task 2 can fail, so the first error is deterministic
	runBatch("one corrupt", bad)
}
