package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// counter produces increasing numbers until the context is cancelled.
func counter(ctx context.Context, start int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := start; ; n++ {
			select {
			case <-ctx.Done():
				return
			case out <- n:
			}
		}
	}()
	return out
}

type stopReport struct {
	id     int
	reason error
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())

	// Take exactly five values, then cancel the producer.
	var taken []int
	for v := range counter(ctx, 100) {
		taken = append(taken, v)
		if len(taken) == 5 {
			cancel()
			break
		}
	}
	fmt.Println("taken:", taken)
	fmt.Println("ctx.Err():", ctx.Err())
	fmt.Println("is Canceled:", errors.Is(ctx.Err(), context.Canceled))

	// Several workers all waiting on the same cancellation signal.
	parent, stopAll := context.WithCancelCause(context.Background())
	reports := make([]stopReport, 4)
	var wg sync.WaitGroup
	ready := make(chan struct{}, len(reports))
	for i := range reports {
		wg.Go(func() {
			ready <- struct{}{}
			<-parent.Done()
			reports[i] = stopReport{id: i, reason: context.Cause(parent)}
		})
	}
	for range reports {
		<-ready
	}
	stopAll(errors.New("operator requested shutdown"))
	wg.Wait()
	for _, r := range reports {
		fmt.Printf("worker %d stopped: %v\n", r.id, r.reason)
	}

	// A child context is cancelled when its parent is.
	child, childCancel := context.WithCancel(parent)
	defer childCancel()
	select {
	case <-child.Done():
		fmt.Println("child already done:", child.Err())
	default:
		fmt.Println("child still running")
	}
}
