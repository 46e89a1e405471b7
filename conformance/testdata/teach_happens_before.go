package main

import (
	"fmt"
	"strings"
	"sync"
)

// Report is filled in by one goroutine and read by another.
type Report struct {
	Title string
	Lines []string
	Total int
}

func (r *Report) String() string {
	return fmt.Sprintf("%s (%d lines, total=%d): %s", r.Title, len(r.Lines), r.Total, strings.Join(r.Lines, "; "))
}

func main() {
	fmt.Println("== Channel handoff ==")
	fmt.Println("Rule: a send on a channel happens before the matching receive completes.")
	fmt.Println("So writes made before the send are visible after the receive.")

	handoff := make(chan *Report)
	go func() {
		r := &Report{Title: "weekly"} // plain writes, no locks
		for i := 1; i <= 3; i++ {
			r.Lines = append(r.Lines, fmt.Sprintf("item%d", i))
			r.Total += i * 10
		}
		handoff <- r // publish: ownership moves to the receiver
		// The sender must not touch r after this point.
	}()
	r := <-handoff
	fmt.Println("received:", r)

	fmt.Println()
	fmt.Println("== Closing also publishes ==")
	fmt.Println("Rule: close(ch) happens before a receive that returns because ch is closed.")
	var config map[string]int
	ready := make(chan struct{})
	go func() {
		config = map[string]int{"threads": 8, "chunk": 64}
		close(ready)
	}()
	<-ready
	fmt.Println("threads:", config["threads"], "chunk:", config["chunk"])

	fmt.Println()
	fmt.Println("== Buffered channel of capacity C ==")
	fmt.Println("Rule: the k-th receive happens before the (k+C)-th send completes.")
	tokens := make(chan int, 2)
	var wg sync.WaitGroup
	sums := make([]int, 4)
	for i := range sums {
		wg.Go(func() {
			tokens <- i // at most 2 goroutines past this line at once
			sums[i] = i * 100
			<-tokens
		})
	}
	wg.Wait() // Wait also establishes happens-before with every Done
	fmt.Println("sums after Wait:", sums)

	fmt.Println()
	fmt.Println("== What is NOT synchronization ==")
	fmt.Println("polling a plain bool in a loop, or time.Sleep, gives no ordering guarantee")
}
