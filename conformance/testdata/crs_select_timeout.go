// Lecture 14: select, timeouts, default cases and nil channels.
package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New("timeout")

func recvWithTimeout[T any](ch <-chan T, d time.Duration) (T, error) {
	select {
	case v, ok := <-ch:
		if !ok {
			var zero T
			return zero, errors.New("channel closed")
		}
		return v, nil
	case <-time.After(d):
		var zero T
		return zero, ErrTimeout
	}
}

func trySend(ch chan<- int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func main() {
	// 1. A value that is already there wins.
	ready := make(chan string, 1)
	ready <- "pong"
	v, err := recvWithTimeout(ready, 50*time.Millisecond)
	fmt.Printf("ready: %q %v\n", v, err)

	// 2. Nothing arrives: the timer fires.
	never := make(chan string)
	v, err = recvWithTimeout(never, 3*time.Millisecond)
	fmt.Printf("never: %q %v\n", v, err)

	// 3. Closed channel.
	closed := make(chan int)
	close(closed)
	n, err := recvWithTimeout(closed, 50*time.Millisecond)
	fmt.Printf("closed: %d %v\n", n, err)

	// 4. Non-blocking sends fill a buffer then fail.
	buf := make(chan int, 3)
	for i := 1; i <= 5; i++ {
		fmt.Printf("trySend(%d) = %v\n", i, trySend(buf, i))
	}
	close(buf)

	// 5. Merge two channels, disabling each with nil when it closes.
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 14; i++ {
			b <- i
		}
		close(b)
	}()
	sumA, sumB, count := 0, 0, 0
	for a != nil || b != nil {
		select {
		case x, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += x
			count++
		case x, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += x
			count++
		}
	}
	fmt.Printf("merged %d values: sumA=%d sumB=%d\n", count, sumA, sumB)

	// 6. Drain the buffered channel.
	var drained []int
	for x := range buf {
		drained = append(drained, x)
	}
	fmt.Println("drained:", drained)
}
