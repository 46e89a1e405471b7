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

// charge simulates a payment gateway that takes `delay` to answer.
func charge(ctx context.Context, orderID int, delay time.Duration) error {
	select {
	case <-time.After(delay):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("order %d: %w", orderID, context.Cause(ctx))
	}
}

// ticketNumbers hands out numbers until the context is cancelled.
func ticketNumbers(ctx context.Context, start int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for n := start; ; n++ {
			select {
			case ch <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return ch
}

var errSoldOut = errors.New("event sold out")

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("request"), "req-42")
	fmt.Println("request id:", ctx.Value(ctxKey("request")))

	genCtx, cancel := context.WithCancel(ctx)
	nums := ticketNumbers(genCtx, 1000)
	var got []int
	for n := range nums {
		got = append(got, n)
		if len(got) == 5 {
			cancel()
			break
		}
	}
	fmt.Println("issued numbers:", got)
	fmt.Println("generator ctx err:", genCtx.Err())

	payCtx, stop := context.WithTimeout(ctx, 80*time.Millisecond)
	defer stop()
	delays := map[int]time.Duration{1: 2 * time.Millisecond, 2: 400 * time.Millisecond, 3: 5 * time.Millisecond}
	var mu sync.Mutex
	var wg sync.WaitGroup
	outcomes := make(map[int]string)
	for id, d := range delays {
		wg.Go(func() {
			err := charge(payCtx, id, d)
			msg := "paid"
			if errors.Is(err, context.DeadlineExceeded) {
				msg = "timed out: " + err.Error()
			}
			mu.Lock()
			outcomes[id] = msg
			mu.Unlock()
		})
	}
	wg.Wait()
	ids := make([]int, 0, len(outcomes))
	for id := range outcomes {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		fmt.Printf("order %d: %s\n", id, outcomes[id])
	}

	causeCtx, cancelCause := context.WithCancelCause(ctx)
	cancelCause(errSoldOut)
	err := charge(causeCtx, 7, time.Second)
	fmt.Println("with cause:", err)
	fmt.Println("is sold out:", errors.Is(err, errSoldOut), "ctx err:", causeCtx.Err())
}
