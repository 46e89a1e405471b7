package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

var stopped atomic.Int32

// Stage helpers for a done-channel pipeline. Every stage selects on done
// so it can exit as soon as the consumer loses interest.

func generate(done <-chan struct{}, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer stopped.Add(1)
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func mapStage(done <-chan struct{}, wg *sync.WaitGroup, in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer stopped.Add(1)
		defer close(out)
		for v := range in {
			select {
			case out <- f(v):
			case <-done:
				return
			}
		}
	}()
	return out
}

func filterStage(done <-chan struct{}, wg *sync.WaitGroup, in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer stopped.Add(1)
		defer close(out)
		for v := range in {
			if !keep(v) {
				continue
			}
			select {
			case out <- v:
			case <-done:
				return
			}
		}
	}()
	return out
}

// Context version: emit the running sums of a stream until cancelled.
func runningSums(ctx context.Context, in []int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		sum := 0
		for _, v := range in {
			sum += v
			select {
			case out <- sum:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	nums := generate(done, &wg)
	squares := mapStage(done, &wg, nums, func(x int) int { return x * x })
	odd := filterStage(done, &wg, squares, func(x int) bool { return x%2 == 1 })
	tagged := mapStage(done, &wg, odd, func(x int) int { return x + 1000 })

	for i := 0; i < 8; i++ {
		fmt.Printf("value %d: %d\n", i, <-tagged)
	}
	close(done)
	wg.Wait()
	fmt.Println("stages stopped:", stopped.Load())
	_, open := <-tagged
	fmt.Println("output still open:", open)

	ctx, cancel := context.WithCancel(context.Background())
	data := make([]int, 100)
	for i := range data {
		data[i] = i + 1
	}
	sums := runningSums(ctx, data)
	for s := range sums {
		if s > 50 {
			fmt.Println("threshold passed at sum", s)
			cancel()
			break
		}
		fmt.Println("sum", s)
	}
	for range sums {
		// drain anything that was already in flight
	}
	fmt.Println("context error:", ctx.Err())
	fmt.Println("is canceled:", errors.Is(ctx.Err(), context.Canceled))

	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errors.New("quota exceeded"))
	<-ctx2.Done()
	fmt.Println("cause:", context.Cause(ctx2))
}
