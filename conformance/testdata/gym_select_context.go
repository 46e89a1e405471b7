package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type Interval struct {
	Name string
	Work int // rounds of work
}

// runCircuit processes stations until the context is cancelled.
func runCircuit(ctx context.Context, stations <-chan Interval, done chan<- string) error {
	for {
		select {
		case <-ctx.Done():
			return fmt.Errorf("circuit stopped: %w", ctx.Err())
		case st, ok := <-stations:
			if !ok {
				return nil
			}
			done <- fmt.Sprintf("%s x%d", st.Name, st.Work)
		}
	}
}

func main() {
	stations := make(chan Interval)
	done := make(chan string)
	ctx, cancel := context.WithCancel(context.Background())

	errc := make(chan error, 1)
	go func() { errc <- runCircuit(ctx, stations, done) }()

	plan := []Interval{{"kettlebell swings", 3}, {"box jumps", 2}, {"battle ropes", 4}}
	for _, p := range plan {
		stations <- p
		fmt.Println("completed:", <-done)
	}
	cancel()
	err := <-errc
	fmt.Println("result:", err)
	fmt.Println("was cancel?", errors.Is(err, context.Canceled))

	// A second circuit that ends when the station list closes.
	ctx2, cancel2 := context.WithCancel(context.Background())
	defer cancel2()
	stations2 := make(chan Interval)
	go func() { errc <- runCircuit(ctx2, stations2, done) }()
	stations2 <- Interval{"burpees", 5}
	fmt.Println("completed:", <-done)
	close(stations2)
	fmt.Println("second result:", <-errc)

	// Deadline already passed: Done is closed immediately.
	ctx3, cancel3 := context.WithTimeout(context.Background(), -time.Second)
	defer cancel3()
	select {
	case <-ctx3.Done():
		fmt.Println("timed out:", ctx3.Err())
		fmt.Println("is deadline?", errors.Is(ctx3.Err(), context.DeadlineExceeded))
	}

	// Non-blocking select with default.
	lockers := make(chan int, 2)
	lockers <- 7
	for range 3 {
		select {
		case n := <-lockers:
			fmt.Println("got locker", n)
		default:
			fmt.Println("no free locker")
		}
	}

	type key string
	vctx := context.WithValue(context.Background(), key("member"), "Ivy")
	fmt.Println("member in context:", vctx.Value(key("member")))
	fmt.Println("missing value:", vctx.Value(key("trainer")))

	cause := errors.New("gym closing early")
	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(cause)
	<-cctx.Done()
	fmt.Println("err:", cctx.Err(), "| cause:", context.Cause(cctx))
}
