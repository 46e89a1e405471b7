package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

func naturals(ctx context.Context, done chan<- int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		n := 0
		for {
			select {
			case <-ctx.Done():
				done <- n
				return
			case out <- n:
				n++
			}
		}
	}()
	return out
}

func work(ctx context.Context, steps int) (int, error) {
	sum := 0
	for i := 0; i < steps; i++ {
		if err := ctx.Err(); err != nil {
			return sum, fmt.Errorf("stopped at step %d: %w", i, err)
		}
		sum += i
	}
	return sum, nil
}

func main() {
	// 1. Consumer cancels a generator after taking what it needs.
	ctx, cancel := context.WithCancel(context.Background())
	exited := make(chan int, 1)
	var taken []int
	for v := range naturals(ctx, exited) {
		taken = append(taken, v*v)
		if len(taken) == 8 {
			break
		}
	}
	cancel()
	produced := <-exited
	fmt.Println("squares taken:", taken)
	fmt.Println("generator produced at least 8:", produced >= 8)
	fmt.Println("ctx error:", ctx.Err())

	// 2. Work on a live context and on an already cancelled context.
	sum, err := work(context.Background(), 10)
	fmt.Println("live work:", sum, err)
	dead, cancelDead := context.WithCancel(context.Background())
	cancelDead()
	sum, err = work(dead, 10)
	fmt.Println("dead work:", sum, err)
	fmt.Println("is canceled:", errors.Is(err, context.Canceled))

	// 3. Cancellation propagates from parent to every child, not upwards.
	parent, cancelParent := context.WithCancel(context.Background())
	children := make([]context.Context, 3)
	for i := range children {
		c, cc := context.WithCancel(parent)
		defer cc()
		children[i] = c
	}
	sibling, cancelSibling := context.WithCancel(children[0])
	cancelSibling()
	fmt.Println("after cancelling grandchild, parent err:", parent.Err(), "child0 err:", children[0].Err())
	cancelParent()
	for i, c := range children {
		<-c.Done()
		fmt.Printf("child %d: %v\n", i, c.Err())
	}
	fmt.Println("grandchild:", sibling.Err())

	// 4. Cancel with a cause.
	cctx, cancelCause := context.WithCancelCause(context.Background())
	cancelCause(errors.New("exam finished"))
	fmt.Println("err:", cctx.Err(), "| cause:", context.Cause(cctx))

	// 5. AfterFunc runs once the context is cancelled.
	actx, acancel := context.WithCancel(context.Background())
	ran := make(chan string, 1)
	stop := context.AfterFunc(actx, func() { ran <- "cleanup executed" })
	acancel()
	fmt.Println(<-ran)
	fmt.Println("stop after run:", stop())

	// 6. A deadline already in the past.
	dctx, dcancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer dcancel()
	_, err = work(dctx, 3)
	fmt.Println("deadline work:", err)
	fmt.Println("is deadline exceeded:", errors.Is(err, context.DeadlineExceeded))

	// 7. Values travel down the tree.
	vctx := context.WithValue(context.Background(), ctxKey("course"), "CS-342")
	inner, icancel := context.WithCancel(vctx)
	defer icancel()
	fmt.Println("course:", inner.Value(ctxKey("course")), "missing:", inner.Value(ctxKey("room")))
}
