// Handout 19: the concurrent prime sieve as a daisy chain of filters,
// extended with context cancellation so that every goroutine exits
// once we have the primes we need.
package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
)

var live atomic.Int32

func spawn(wg *sync.WaitGroup, f func()) {
	live.Add(1)
	wg.Go(func() {
		defer live.Add(-1)
		f()
	})
}

func generate(ctx context.Context, wg *sync.WaitGroup) <-chan int {
	ch := make(chan int)
	spawn(wg, func() {
		for i := 2; ; i++ {
			select {
			case ch <- i:
			case <-ctx.Done():
				return
			}
		}
	})
	return ch
}

func filter(ctx context.Context, wg *sync.WaitGroup, in <-chan int, prime int) <-chan int {
	out := make(chan int)
	spawn(wg, func() {
		for {
			var v int
			select {
			case v = <-in:
			case <-ctx.Done():
				return
			}
			if v%prime != 0 {
				select {
				case out <- v:
				case <-ctx.Done():
					return
				}
			}
		}
	})
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup

	ch := generate(ctx, &wg)
	var primes []int
	for len(primes) < 30 {
		p := <-ch
		primes = append(primes, p)
		ch = filter(ctx, &wg, ch, p)
	}
	filters := live.Load() - 1
	cancel()
	wg.Wait()

	for i := 0; i < len(primes); i += 5 {
		fmt.Printf("primes %2d-%2d: %v\n", i+1, i+5, primes[i:i+5])
	}
	sum := 0
	for _, p := range primes {
		sum += p
	}
	twin := 0
	for i := 1; i < len(primes); i++ {
		if primes[i]-primes[i-1] == 2 {
			twin++
			fmt.Printf("twin pair: (%d, %d)\n", primes[i-1], primes[i])
		}
	}
	fmt.Println("sum:", sum, "twin pairs:", twin)
	fmt.Println("filter goroutines started:", filters)
	fmt.Println("goroutines alive after cancel:", live.Load())
}
