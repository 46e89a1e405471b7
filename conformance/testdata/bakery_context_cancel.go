package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Order struct {
	ID   int
	Loaf string
}

// bake processes orders until the context is cancelled.
func bake(ctx context.Context, in <-chan Order, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case o, ok := <-in:
			if !ok {
				return
			}
			out <- fmt.Sprintf("order %02d: %s", o.ID, o.Loaf)
		}
	}
}

func waitForDelivery(ctx context.Context, arrived <-chan string) (string, error) {
	select {
	case v := <-arrived:
		return v, nil
	case <-ctx.Done():
		return "", fmt.Errorf("delivery: %w", context.Cause(ctx))
	}
}

var ErrShopClosed = errors.New("shop closed early")

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	in := make(chan Order)
	out := make(chan string, 32)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go bake(ctx, in, out, &wg)
	}

	loaves := []string{"rye", "spelt", "white", "seeded"}
	for i := range 8 {
		in <- Order{ID: i + 1, Loaf: loaves[i%len(loaves)]}
	}
	close(in)
	wg.Wait()
	cancel()
	close(out)

	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Println("context after cancel:", ctx.Err())

	// A delivery that never arrives, cancelled with a cause.
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(ErrShopClosed)
	_, err := waitForDelivery(ctx2, make(chan string))
	fmt.Println("error:", err)
	fmt.Println("is shop closed:", errors.Is(err, ErrShopClosed))

	// A delivery that arrives before cancellation.
	arrived := make(chan string, 1)
	arrived <- "50kg flour"
	ctx3, cancel3 := context.WithCancel(context.Background())
	defer cancel3()
	got, err := waitForDelivery(ctx3, arrived)
	fmt.Printf("got %q, err=%v\n", got, err)

	// Values travel down the context tree.
	type key string
	ctx4 := context.WithValue(ctx3, key("shift"), "night")
	fmt.Println("shift:", ctx4.Value(key("shift")), "| missing:", ctx4.Value(key("boss")))
}
