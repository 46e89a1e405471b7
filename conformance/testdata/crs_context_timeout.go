// Lecture 11: context cancellation and deadlines.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// slowSquare simulates a computation that takes `cost` to finish.
func slowSquare(ctx context.Context, n int, cost time.Duration) (int, error) {
	select {
	case <-time.After(cost):
		return n * n, nil
	case <-ctx.Done():
		return 0, fmt.Errorf("slowSquare(%d): %w", n, ctx.Err())
	}
}

type attempt struct {
	name    string
	timeout time.Duration
	cost    time.Duration
}

func main() {
	attempts := []attempt{
		{"fast enough", 200 * time.Millisecond, time.Millisecond},
		{"too slow", 5 * time.Millisecond, 10 * time.Second},
		{"instant", time.Second, 0},
	}
	for _, a := range attempts {
		ctx, cancel := context.WithTimeout(context.Background(), a.timeout)
		v, err := slowSquare(ctx, 12, a.cost)
		cancel()
		switch {
		case errors.Is(err, context.DeadlineExceeded):
			fmt.Printf("%-12s -> timed out (%v)\n", a.name, err)
		case err != nil:
			fmt.Printf("%-12s -> error %v\n", a.name, err)
		default:
			fmt.Printf("%-12s -> %d\n", a.name, v)
		}
	}

	// Explicit cancellation propagates from parent to children.
	parent, cancelParent := context.WithCancel(context.Background())
	child1, cancel1 := context.WithCancel(parent)
	defer cancel1()
	child2, cancel2 := context.WithTimeout(parent, time.Hour)
	defer cancel2()
	results := make(chan string, 2)
	for i, c := range []context.Context{child1, child2} {
		go func() {
			<-c.Done()
			results <- fmt.Sprintf("child%d", i+1)
		}()
	}
	cancelParent()
	got := []string{<-results, <-results}
	if got[0] > got[1] {
		got[0], got[1] = got[1], got[0]
	}
	fmt.Println("cancelled:", got)
	fmt.Println("child1 err:", child1.Err())
	fmt.Println("child2 err:", child2.Err())

	// Values travel with the context too.
	type key string
	ctx := context.WithValue(context.Background(), key("user"), "ada")
	ctx = context.WithValue(ctx, key("role"), "ta")
	fmt.Printf("user=%v role=%v missing=%v\n", ctx.Value(key("user")), ctx.Value(key("role")), ctx.Value(key("x")))

	_, hasDeadline := ctx.Deadline()
	fmt.Println("background-derived has deadline:", hasDeadline)
	_, hasDeadline = child2.Deadline()
	fmt.Println("child2 has deadline:", hasDeadline)
}
