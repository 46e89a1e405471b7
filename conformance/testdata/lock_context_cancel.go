package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// fib produces Fibonacci numbers until the context is cancelled.
func fib(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		a, b := 0, 1
		for {
			select {
			case out <- a:
				a, b = b, a+b
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// search looks for target in its slice, giving up when ctx is done.
func search(ctx context.Context, id int, data []int, target int, found chan<- int) error {
	for i, v := range data {
		if ctx.Err() != nil {
			return fmt.Errorf("searcher %d: %w", id, ctx.Err())
		}
		if v == target {
			found <- id*1000 + i
			return nil
		}
	}
	return nil
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var got []int
	for v := range fib(ctx) {
		if v > 1000 {
			break
		}
		got = append(got, v)
	}
	cancel()
	fmt.Println("fib up to 1000:", got)
	fmt.Println("ctx err:", ctx.Err())

	// Cancelling a parent cancels all children.
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
		fmt.Printf("child %d: %v\n", i, c.Err())
	}

	// WithCancelCause records why.
	cctx, stop := context.WithCancelCause(context.Background())
	stop(errors.New("operator pressed stop"))
	fmt.Println("cause:", context.Cause(cctx))

	// Several searchers; the first one to find the target cancels the rest.
	data := make([][]int, 4)
	for i := range data {
		for j := 0; j < 50; j++ {
			data[i] = append(data[i], i*50+j)
		}
	}
	sctx, scancel := context.WithCancel(context.Background())
	found := make(chan int, len(data))
	var wg sync.WaitGroup
	errs := make([]error, len(data))
	for i := range data {
		wg.Go(func() {
			errs[i] = search(sctx, i, data[i], 137, found)
		})
	}
	pos := <-found
	scancel()
	wg.Wait()
	fmt.Printf("found 137 in part %d at index %d\n", pos/1000, pos%1000)
	cancelled := 0
	for _, err := range errs {
		if errors.Is(err, context.Canceled) {
			cancelled++
		}
	}
	fmt.Println("searchers that reported cancel <= 3:", cancelled <= 3)
}
