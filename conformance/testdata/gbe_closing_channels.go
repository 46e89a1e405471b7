// Go by Example: Closing Channels
package main

import (
	"errors"
	"fmt"
)

func main() {
	jobs := make(chan int, 5)
	done := make(chan bool)

	// more is false once jobs is closed and drained.
	var received []int
	go func() {
		for {
			j, more := <-jobs
			if more {
				received = append(received, j)
			} else {
				done <- true
				return
			}
		}
	}()

	for j := 1; j <= 3; j++ {
		jobs <- j
		fmt.Println("sent job", j)
	}
	close(jobs)
	fmt.Println("sent all jobs")

	<-done
	fmt.Println("received jobs:", received)

	// Receiving from a closed channel yields the zero value.
	_, ok := <-jobs
	fmt.Println("received more jobs:", ok)

	// Buffered values remain readable after close.
	letters := make(chan string, 3)
	letters <- "a"
	letters <- "b"
	close(letters)
	for range 3 {
		v, ok := <-letters
		fmt.Printf("%q %v\n", v, ok)
	}

	// Closing a channel broadcasts to every waiting receiver.
	start := make(chan struct{})
	results := make(chan int, 4)
	for i := range 4 {
		go func() {
			<-start
			results <- i * i
		}()
	}
	close(start)
	sum := 0
	for range 4 {
		sum += <-results
	}
	fmt.Println("sum after broadcast:", sum)

	// Closing twice, or sending on a closed channel, panics.
	fmt.Println(tryClose(letters))
	fmt.Println(trySend(letters))
}

func tryClose(ch chan string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint("recovered: ", r))
		}
	}()
	close(ch)
	return nil
}

func trySend(ch chan string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	ch <- "late"
	return nil
}
