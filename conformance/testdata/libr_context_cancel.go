package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// searchBranch pretends to query one branch's catalog. It answers from the
// given table, or stops early if the context is cancelled first.
func searchBranch(ctx context.Context, branch string, holdings map[string]int, title string) (int, error) {
	select {
	case <-ctx.Done():
		return 0, fmt.Errorf("branch %s: %w", branch, context.Cause(ctx))
	default:
	}
	return holdings[title], nil
}

var ErrDeskClosed = errors.New("desk closed for the night")

type branchResult struct {
	branch string
	copies int
	err    error
}

func main() {
	branches := []string{"Central", "Eastside", "Harbor", "Westview"}
	holdings := map[string]map[string]int{
		"Central":  {"Walden": 2},
		"Eastside": {"Walden": 0},
		"Harbor":   {"Walden": 1},
		"Westview": {"Walden": 4},
	}

	ctx, cancel := context.WithCancelCause(context.Background())
	var results []branchResult
	for i, b := range branches {
		if i == 2 {
			cancel(ErrDeskClosed) // desk closes part-way through the sweep
		}
		ch := make(chan branchResult, 1)
		go func() {
			n, err := searchBranch(ctx, b, holdings[b], "Walden")
			ch <- branchResult{b, n, err}
		}()
		results = append(results, <-ch)
	}

	total := 0
	for _, r := range results {
		if r.err != nil {
			fmt.Printf("%-9s error: %v (closed=%v)\n", r.branch, r.err, errors.Is(r.err, ErrDeskClosed))
			continue
		}
		total += r.copies
		fmt.Printf("%-9s copies: %d\n", r.branch, r.copies)
	}
	fmt.Println("copies found before closing:", total)

	tctx, tcancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer tcancel()
	<-tctx.Done()
	fmt.Println("timeout err:", tctx.Err())
	fmt.Println("is deadline:", errors.Is(tctx.Err(), context.DeadlineExceeded))

	vctx := context.WithValue(context.Background(), ctxKey("desk"), "desk-3")
	fmt.Println("desk from context:", vctx.Value(ctxKey("desk")))
	fmt.Println("missing key:", vctx.Value(ctxKey("patron")))
	fmt.Println("budget:", (5 * time.Millisecond).String())
}

type ctxKey string
