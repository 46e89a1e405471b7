package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// fibonacci streams numbers until the context is cancelled.
func fibonacci(ctx context.Context, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		a, b := 0, 1
		for {
			select {
			case <-ctx.Done():
				return
			case out <- a:
				a, b = b, a+b
			}
		}
	}()
	return out
}

// takeWhile reads values until pred fails, then cancels the producer.
func takeWhile(in <-chan int, cancel context.CancelFunc, pred func(int) bool) []int {
	var got []int
	for v := range in {
		if !pred(v) {
			cancel()
			break
		}
		got = append(got, v)
	}
	return got
}

func main() {
	var wg sync.WaitGroup

	ctx, cancel := context.WithCancel(context.Background())
	fibs := fibonacci(ctx, &wg)
	small := takeWhile(fibs, cancel, func(n int) bool { return n < 500 })
	// Drain anything left so the producer can observe cancellation.
	for range fibs {
	}
	wg.Wait()

	fmt.Println("fibonacci numbers below 500:")
	for i, v := range small {
		fmt.Printf("  F(%d) = %d\n", i, v)
	}
	fmt.Println("context error:", ctx.Err())
	fmt.Println("is canceled:", errors.Is(ctx.Err(), context.Canceled))

	// A parent cancel propagates to every child.
	parent, cancelParent := context.WithCancel(context.Background())
	children := make([]context.Context, 3)
	for i := range children {
		c, cancelChild := context.WithCancel(parent)
		defer cancelChild()
		children[i] = c
	}
	cancelParent()
	for i, c := range children {
		<-c.Done()
		fmt.Printf("child %d done: %v\n", i, c.Err())
	}
}
