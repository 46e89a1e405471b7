// Go by Example: Channel Buffering, Synchronization and Directions
package main

import "fmt"

// worker signals on done when its work is finished.
func worker(done chan<- bool, log *[]string) {
	*log = append(*log, "working...")
	*log = append(*log, "done")
	done <- true
}

// ping only accepts a channel for sending values.
func ping(pings chan<- string, msg string) {
	pings <- msg
}

// pong accepts one channel for receives and a second for sends.
func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg + " -> pong"
}

// stage squares numbers from in and sends them to a new channel.
func stage(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func main() {
	// Buffering: a channel of strings buffering up to 2 values.
	messages := make(chan string, 2)
	messages <- "buffered"
	messages <- "channel"
	fmt.Println(len(messages), cap(messages))
	fmt.Println(<-messages)
	fmt.Println(<-messages)

	// Synchronization: block until we receive a notification.
	done := make(chan bool, 1)
	var log []string
	go worker(done, &log)
	<-done
	fmt.Println(log)

	// Directions.
	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)

	// Unbuffered: each send waits for its receive (lockstep).
	turn := make(chan int)
	back := make(chan int)
	go func() {
		for v := range turn {
			back <- v + 100
		}
		close(back)
	}()
	for i := range 3 {
		turn <- i
		fmt.Println("round trip:", <-back)
	}
	close(turn)
	_, ok := <-back
	fmt.Println("back open:", ok)

	// A pipeline built from directional channels.
	src := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			src <- i
		}
		close(src)
	}()
	var sum int
	for sq := range stage(stage(src)) {
		fmt.Print(sq, " ")
		sum += sq
	}
	fmt.Println("\nsum of fourth powers:", sum)
}
