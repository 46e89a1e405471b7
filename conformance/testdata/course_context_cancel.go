// Lab 6c: cancelling workers with context.WithCancel.
// Part 1: a parallel search. The first worker to find the key cancels the
// context and the others stop early. Only the answer is printed, not who
// found it, because that depends on scheduling.
// Part 2: an endless generator that stops when its consumer cancels.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func weakHash(n uint32) uint32 {
	n ^= n >> 16
	n *= 0x7feb352d
	n ^= n >> 15
	n *= 0x846ca68b
	n ^= n >> 16
	return n
}

var ErrNotFound = errors.New("not found")

func search(parent context.Context, target uint32, limit uint32, workers int) (uint32, error) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()

	found := make(chan uint32, 1)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(start uint32) {
			defer wg.Done()
			checked := 0
			for n := start; n < limit; n += uint32(workers) {
				if checked%1024 == 0 && ctx.Err() != nil {
					return
				}
				checked++
				if weakHash(n) == target {
					select {
					case found <- n:
					default:
					}
					cancel()
					return
				}
			}
		}(uint32(w))
	}
	wg.Wait()

	select {
	case n := <-found:
		return n, nil
	default:
		if err := parent.Err(); err != nil {
			return 0, fmt.Errorf("search aborted: %w", err)
		}
		return 0, fmt.Errorf("hash %08x below %d: %w", target, limit, ErrNotFound)
	}
}

func naturals(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := 1; ; n++ {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	secrets := []uint32{7, 123456, 999999, 4000000}
	for _, s := range secrets {
		target := weakHash(s)
		n, err := search(context.Background(), target, 5_000_000, 4)
		if err != nil {
			fmt.Println("search failed:", err)
			continue
		}
		fmt.Printf("hash %08x -> preimage %d (correct: %v)\n", target, n, n == s)
	}
	_, err := search(context.Background(), weakHash(4000000), 100000, 4)
	fmt.Println("small range:", err, "| not found:", errors.Is(err, ErrNotFound))

	// A search on an already-cancelled context does no work.
	dead, cancelDead := context.WithCancel(context.Background())
	cancelDead()
	_, err = search(dead, weakHash(7), 5_000_000, 4)
	fmt.Println("cancelled parent:", err, "| is Canceled:", errors.Is(err, context.Canceled))

	ctx, cancel := context.WithCancel(context.Background())
	sum := 0
	var squares []int
	for n := range naturals(ctx) {
		if n*n > 200 {
			cancel()
			break
		}
		squares = append(squares, n*n)
		sum += n * n
	}
	cancel() // safe to call twice
	fmt.Println("squares below 200:", squares)
	fmt.Println("their sum:", sum, "context:", ctx.Err())
}
