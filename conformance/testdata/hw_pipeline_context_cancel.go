package main

import (
	"context"
	"errors"
	"fmt"
)

type Item struct {
	N      int
	Square int
}

func (it Item) String() string { return fmt.Sprintf("%d^2=%d", it.N, it.Square) }

func generate(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, in <-chan int) <-chan Item {
	out := make(chan Item)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- Item{n, n * n}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func filterOdd(ctx context.Context, in <-chan Item) <-chan Item {
	out := make(chan Item)
	go func() {
		defer close(out)
		for it := range in {
			if it.N%2 == 0 {
				continue
			}
			select {
			case out <- it:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	const limit = 7
	ctx, cancel := context.WithCancelCause(context.Background())
	stage := filterOdd(ctx, square(ctx, generate(ctx)))
	var taken []Item
	for it := range stage {
		taken = append(taken, it)
		if len(taken) == limit {
			cancel(errors.New("took enough items"))
			break
		}
	}
	// drain so every stage observes cancellation and exits
	for range stage {
	}
	for _, it := range taken {
		fmt.Println(it)
	}
	fmt.Println("count:", len(taken), "err:", ctx.Err(), "cause:", context.Cause(ctx))
}
