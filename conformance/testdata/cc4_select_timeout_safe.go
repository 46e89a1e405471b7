// Handout 12: select with timeouts.
// Every receive is guarded by a generous timeout, so a bug cannot hang
// the program forever. In a correct program the timeouts never fire.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New("timed out")

// recvWithTimeout waits for a value or gives up after d.
func recvWithTimeout[T any](ch <-chan T, d time.Duration) (T, error) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case v := <-ch:
		return v, nil
	case <-t.C:
		var zero T
		return zero, ErrTimeout
	}
}

func factorial(n int) int {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

func asyncFactorial(n int) <-chan int {
	ch := make(chan int, 1)
	go func() { ch <- factorial(n) }()
	return ch
}

// tryPublish is a non-blocking send: it reports whether the slot was free.
func tryPublish(ch chan<- string, msg string) bool {
	select {
	case ch <- msg:
		return true
	default:
		return false
	}
}

func main() {
	for n := 1; n <= 12; n++ {
		v, err := recvWithTimeout(asyncFactorial(n), 5*time.Second)
		fmt.Printf("%2d! = %-10d err=%v\n", n, v, err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	done := make(chan int, 1)
	go func() { done <- factorial(15) }()
	select {
	case v := <-done:
		fmt.Printf("15! = %d (context still alive: %v)\n", v, ctx.Err() == nil)
	case <-ctx.Done():
		fmt.Println("deadline exceeded:", ctx.Err())
	}

	mailbox := make(chan string, 2)
	for _, msg := range []string{"alpha", "beta", "gamma", "delta"} {
		fmt.Printf("publish %-6s accepted=%v\n", msg, tryPublish(mailbox, msg))
	}
	close(mailbox)
	for m := range mailbox {
		fmt.Println("delivered:", m)
	}

	never := make(chan int)
	_, err := recvWithTimeout(never, time.Millisecond)
	fmt.Println("deliberately empty channel:", err)
}
