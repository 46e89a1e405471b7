// Go by Example: Timeouts
package main

import (
	"errors"
	"fmt"
	"time"
)

var errTimeout = errors.New("timed out")

// fetch waits for a result on ch or gives up after d.
func fetch(ch <-chan string, d time.Duration) (string, error) {
	select {
	case res := <-ch:
		return res, nil
	case <-time.After(d):
		return "", errTimeout
	}
}

func main() {
	// A result that is never produced: the channel is never
	// written, so the timeout always fires.
	c1 := make(chan string, 1)
	select {
	case res := <-c1:
		fmt.Println(res)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout 1")
	}

	// A result that is ready immediately: the value is already
	// in the buffer, so the long timeout is never reached.
	c2 := make(chan string, 1)
	c2 <- "result 2"
	select {
	case res := <-c2:
		fmt.Println(res)
	case <-time.After(time.Hour):
		fmt.Println("timeout 2")
	}

	// The same two cases through a helper returning an error.
	ready := make(chan string, 1)
	ready <- "cached answer"
	never := make(chan string)
	for _, ch := range []chan string{ready, never} {
		res, err := fetch(ch, 5*time.Millisecond)
		if errors.Is(err, errTimeout) {
			fmt.Println("fetch:", err)
		} else {
			fmt.Println("fetch:", res)
		}
	}

	// A goroutine that answers right away versus a deadline far
	// in the future: waiting on the answer is deterministic.
	answer := make(chan int)
	go func() { answer <- 6 * 7 }()
	timer := time.NewTimer(time.Minute)
	select {
	case v := <-answer:
		fmt.Println("answer:", v, "stopped timer:", timer.Stop())
	case <-timer.C:
		fmt.Println("too slow")
	}

	// A done channel that is closed before waiting.
	done := make(chan struct{})
	close(done)
	select {
	case <-done:
		fmt.Println("already done")
	case <-time.After(time.Hour):
		fmt.Println("unreachable")
	}
}
