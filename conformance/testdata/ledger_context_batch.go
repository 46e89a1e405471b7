package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

const batchKey ctxKey = "batch"

var ErrRiskLimit = errors.New("risk limit reached")

type Transfer struct {
	ID     int
	Amount int64
	Cost   time.Duration // simulated processing time
}

type Summary struct {
	Batch     string
	Processed int
	Total     int64
	Elapsed   time.Duration
	Stopped   error
}

func settle(ctx context.Context, cancel context.CancelCauseFunc, items []Transfer, limit int64) Summary {
	s := Summary{Batch: ctx.Value(batchKey).(string)}
	for _, t := range items {
		select {
		case <-ctx.Done():
			s.Stopped = context.Cause(ctx)
			return s
		default:
		}
		if s.Total+t.Amount > limit {
			cancel(fmt.Errorf("transfer %d would exceed %d: %w", t.ID, limit, ErrRiskLimit))
			continue // the next loop iteration notices the cancellation
		}
		s.Processed++
		s.Total += t.Amount
		s.Elapsed += t.Cost
	}
	return s
}

func runBatch(parent context.Context, name string, items []Transfer, limit int64) Summary {
	ctx, cancel := context.WithCancelCause(context.WithValue(parent, batchKey, name))
	defer cancel(nil)
	done := make(chan Summary)
	go func() { done <- settle(ctx, cancel, items, limit) }()
	return <-done
}

func main() {
	var items []Transfer
	for i := range 10 {
		items = append(items, Transfer{
			ID:     i + 1,
			Amount: int64(1000 * (i + 1)),
			Cost:   time.Duration(150+i*35) * time.Millisecond,
		})
	}

	bg := context.Background()
	for _, limit := range []int64{100000, 21000, 500} {
		s := runBatch(bg, fmt.Sprintf("B-%d", limit), items, limit)
		fmt.Printf("%s: processed %d, total %d, elapsed %v\n", s.Batch, s.Processed, s.Total, s.Elapsed)
		if s.Stopped != nil {
			fmt.Println("   stopped:", s.Stopped)
			fmt.Println("   risk limit?", errors.Is(s.Stopped, ErrRiskLimit))
		}
	}

	// A batch whose deadline has already passed never starts.
	expired, cancel := context.WithTimeout(bg, 0)
	defer cancel()
	<-expired.Done()
	s := runBatch(expired, "B-late", items, 100000)
	fmt.Printf("%s: processed %d, stopped: %v\n", s.Batch, s.Processed, s.Stopped)
	fmt.Println("deadline exceeded?", errors.Is(s.Stopped, context.DeadlineExceeded))

	// Parent cancellation propagates to the batch.
	parent, stop := context.WithCancel(bg)
	stop()
	s = runBatch(parent, "B-parent", items, 100000)
	fmt.Println(s.Batch, "stopped:", s.Stopped, "| canceled?", errors.Is(s.Stopped, context.Canceled))

	budget := 2 * time.Second
	full := runBatch(bg, "B-budget", items, 1<<40)
	fmt.Printf("full run %v vs budget %v: over by %v (%.1f%%)\n",
		full.Elapsed, budget, full.Elapsed-budget, 100*float64(full.Elapsed-budget)/float64(budget))
	fmt.Println("rounded:", full.Elapsed.Round(time.Second), "truncated:", full.Elapsed.Truncate(time.Second))
}
