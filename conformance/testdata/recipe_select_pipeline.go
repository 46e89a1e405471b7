package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

type Dish struct {
	ID   int
	Name string
}

// prep sends dishes until the list ends or the context is cancelled.
func prep(ctx context.Context, names []string) <-chan Dish {
	out := make(chan Dish)
	go func() {
		defer close(out)
		for i, n := range names {
			select {
			case out <- Dish{i + 1, n}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// plate transforms each dish in order.
func plate(ctx context.Context, in <-chan Dish) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for d := range in {
			s := fmt.Sprintf("#%d %s", d.ID, strings.ToUpper(d.Name))
			select {
			case out <- s:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	menu := []string{"bruschetta", "gazpacho", "paella", "flan", "churros", "tortilla"}

	ctx, cancel := context.WithCancel(context.Background())
	count := 0
	for s := range plate(ctx, prep(ctx, menu)) {
		fmt.Println("served", s)
		count++
		if count == 4 {
			fmt.Println("kitchen is full, cancelling")
			cancel()
			break
		}
	}
	cancel()
	fmt.Println("context error:", ctx.Err())
	fmt.Println("is canceled:", errors.Is(ctx.Err(), context.Canceled))

	// Non-blocking sends and receives with select/default.
	tray := make(chan string, 2)
	for _, d := range []string{"tapas", "olives", "bread"} {
		select {
		case tray <- d:
			fmt.Println("on tray:", d)
		default:
			fmt.Println("tray full, dropped:", d)
		}
	}
	for range 3 {
		select {
		case d := <-tray:
			fmt.Println("took:", d)
		default:
			fmt.Println("tray empty")
		}
	}

	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errors.New("oven broke"))
	<-ctx2.Done()
	fmt.Println("cause:", context.Cause(ctx2))

	done := make(chan struct{})
	results := make(chan int, 1)
	go func() {
		defer close(done)
		results <- len(menu)
	}()
	<-done
	fmt.Println("menu size from goroutine:", <-results)
}
