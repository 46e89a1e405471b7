package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type ctxKey string

// routeIDs generates route IDs until the context is cancelled.
func routeIDs(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for id := 100; ; id++ {
			select {
			case out <- id:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// planRoute pretends to compute a route; it honours cancellation.
func planRoute(ctx context.Context, stops int) (string, error) {
	work := time.Duration(stops) * 10 * time.Millisecond
	select {
	case <-time.After(work):
		return fmt.Sprintf("plan with %d stops", stops), nil
	case <-ctx.Done():
		return "", fmt.Errorf("plan %d stops: %w", stops, ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var got []int
	for id := range routeIDs(ctx) {
		got = append(got, id)
		if len(got) == 5 {
			cancel()
			break
		}
	}
	fmt.Println("took route ids:", got)
	fmt.Println("ctx error after cancel:", ctx.Err())

	// A short deadline: small plans finish, large ones are cut off.
	tctx, tcancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer tcancel()
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := map[int]string{}
	stopsList := []int{1, 50, 2, 80}
	for _, n := range stopsList {
		wg.Add(1)
		go func() {
			defer wg.Done()
			plan, err := planRoute(tctx, n)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				results[n] = "ERR " + err.Error()
				return
			}
			results[n] = "OK  " + plan
		}()
	}
	wg.Wait()
	sort.Ints(stopsList)
	for _, n := range stopsList {
		fmt.Printf("%2d stops: %s\n", n, results[n])
	}
	fmt.Println("deadline exceeded:", errors.Is(tctx.Err(), context.DeadlineExceeded))

	// Values travel with the context.
	vctx := context.WithValue(context.Background(), ctxKey("dispatcher"), "Maria")
	if name, ok := vctx.Value(ctxKey("dispatcher")).(string); ok {
		fmt.Println("dispatcher on duty:", name)
	}
	fmt.Println("missing key:", vctx.Value(ctxKey("shift")))

	// Cancel with a cause.
	errStorm := errors.New("storm warning on A9")
	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(errStorm)
	<-cctx.Done()
	fmt.Println("err:", cctx.Err())
	fmt.Println("cause:", context.Cause(cctx))

	// Child contexts are cancelled with their parent.
	parent, pcancel := context.WithCancel(context.Background())
	child, ccl := context.WithTimeout(parent, time.Hour)
	defer ccl()
	pcancel()
	<-child.Done()
	fmt.Println("child cancelled by parent:", child.Err())
}
