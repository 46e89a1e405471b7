// Chapter: goroutines and channels.
package main

import (
	"fmt"
	"sync"
)

func producer(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- i
		}
	}()
	return ch
}

// merge drains two channels, disabling each with nil once it is closed.
func merge(a, b <-chan int) (sumA, sumB int) {
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil // a nil channel is never ready
			}
			sumA += v
		case v, ok := <-b:
			if !ok {
				b = nil
			}
			sumB += v
		}
	}
	return
}

func main() {
	// Unbuffered: send and receive rendezvous.
	ping, pong := make(chan string), make(chan string)
	go func() {
		for msg := range ping {
			pong <- msg + "-pong"
		}
	}()
	for _, m := range []string{"a", "b", "c"} {
		ping <- m
		fmt.Println(<-pong)
	}
	close(ping)

	// Buffered: sends do not block until full; range drains after close.
	buf := make(chan int, 3)
	buf <- 1
	buf <- 2
	fmt.Println("len/cap:", len(buf), cap(buf))
	close(buf)
	for v := range buf {
		fmt.Print(v, " ")
	}
	v, ok := <-buf
	fmt.Println("| after drain:", v, ok)

	// Select with default never blocks.
	ready := make(chan int, 1)
	for i := range 3 {
		select {
		case ready <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	var nilCh chan int
	for range 2 {
		select {
		case <-nilCh:
			fmt.Println("impossible: nil channel is never ready")
		case x := <-ready:
			fmt.Println("received", x)
		default:
			fmt.Println("nothing ready")
		}
	}

	// Nil channels in select: merge disables finished inputs.
	fmt.Println(merge(producer(4), producer(10)))

	// Fan-out with a WaitGroup; each goroutine writes its own slot.
	var wg sync.WaitGroup
	out := make([]int, 5)
	for i := range 5 {
		wg.Go(func() { out[i] = i * i })
	}
	wg.Wait()
	fmt.Println(out)
}
