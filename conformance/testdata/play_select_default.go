package main

import (
	"fmt"
)

func trySend(ch chan<- int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch <-chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	for i := 1; i <= 4; i++ {
		fmt.Printf("trySend(%d): %v (len=%d)\n", i, trySend(ch, i), len(ch))
	}
	for range 3 {
		v, ok := tryRecv(ch)
		fmt.Printf("tryRecv: %d %v\n", v, ok)
	}

	// A nil channel is never ready, so default is taken.
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel: default taken")
	}

	// Closed channel is always ready for receive.
	done := make(chan struct{})
	close(done)
	select {
	case _, ok := <-done:
		fmt.Println("closed channel ready, ok =", ok)
	default:
		fmt.Println("not reached")
	}

	// Disable a case by setting its channel to nil.
	a := make(chan string, 3)
	b := make(chan string, 3)
	a <- "a1"
	a <- "a2"
	close(a)
	b <- "b1"
	close(b)
	var got []string
	ac, bc := a, b
	for ac != nil || bc != nil {
		select {
		case v, ok := <-ac:
			if !ok {
				ac = nil
				got = append(got, "a-closed")
				continue
			}
			got = append(got, v)
		case v, ok := <-bc:
			if !ok {
				bc = nil
				got = append(got, "b-closed")
				continue
			}
			got = append(got, v)
		}
	}
	// Order between a and b is random, so count instead of printing order.
	count := map[string]int{}
	for _, g := range got {
		count[g]++
	}
	fmt.Println("received:", count, "total", len(got))

	// Non-blocking loop that drains then stops.
	work := make(chan int, 5)
	for i := range 5 {
		work <- i * i
	}
	sum := 0
drain:
	for {
		select {
		case v := <-work:
			sum += v
		default:
			break drain
		}
	}
	fmt.Println("drained sum:", sum)

	// Synchronous handshake with an unbuffered channel.
	ping, pong := make(chan string), make(chan string)
	go func() {
		for msg := range ping {
			pong <- msg + "-pong"
		}
		close(pong)
	}()
	for _, m := range []string{"one", "two"} {
		ping <- m
		fmt.Println(<-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong open after close:", ok)
}
