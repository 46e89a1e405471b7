// Lab 5: channels as queues -- unbuffered, buffered, close and range.
package main

import "fmt"

type Job struct {
	ID   int
	Task string
}

func main() {
	// Unbuffered: sender and receiver rendezvous.
	ping := make(chan string)
	done := make(chan struct{})
	go func() {
		for msg := range ping {
			fmt.Println("received:", msg)
		}
		close(done)
	}()
	for _, m := range []string{"hello", "parallel", "world"} {
		ping <- m
	}
	close(ping)
	<-done

	// Buffered: behaves as a FIFO queue with capacity.
	q := make(chan Job, 4)
	q <- Job{1, "compile"}
	q <- Job{2, "test"}
	q <- Job{3, "deploy"}
	fmt.Printf("len=%d cap=%d\n", len(q), cap(q))
	close(q)
	for j := range q {
		fmt.Printf("job %+v\n", j)
	}

	// Receiving from a closed, drained channel yields the zero value.
	j, ok := <-q
	fmt.Printf("after close: %v ok=%v\n", j, ok)

	// A generator goroutine closes its channel when finished.
	fib := func(n int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			a, b := 0, 1
			for range n {
				out <- a
				a, b = b, a+b
			}
		}()
		return out
	}
	var fibs []int
	for v := range fib(12) {
		fibs = append(fibs, v)
	}
	fmt.Println("fib:", fibs)

	// Channel of channels: a request carries its own reply channel.
	type request struct {
		n     int
		reply chan int
	}
	reqs := make(chan request)
	go func() {
		for r := range reqs {
			r.reply <- r.n * 10
		}
	}()
	for i := 1; i <= 3; i++ {
		r := request{n: i, reply: make(chan int, 1)}
		reqs <- r
		fmt.Printf("request %d -> %d\n", i, <-r.reply)
	}
	close(reqs)

	// Sending on a closed channel panics; we recover to show the message.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c := make(chan int, 1)
		close(c)
		c <- 1
	}()
}
