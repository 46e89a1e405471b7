package main

import "fmt"

// describe prints a channel's capacity and current length.
func describe[T any](name string, ch chan T) {
	fmt.Printf("%-10s cap=%d len=%d\n", name, cap(ch), len(ch))
}

func main() {
	fmt.Println("== Unbuffered channel: a rendezvous ==")
	unbuf := make(chan string)
	describe("unbuffered", unbuf)
	done := make(chan struct{})
	go func() {
		msg := <-unbuf // the send below completes only when this receive happens
		fmt.Println("receiver got:", msg)
		close(done)
	}()
	unbuf <- "hello"
	<-done
	describe("unbuffered", unbuf)

	fmt.Println()
	fmt.Println("== Buffered channel: a queue of fixed capacity ==")
	buf := make(chan int, 3)
	describe("buffered", buf)
	for i := 1; i <= 3; i++ {
		buf <- i * 10 // no receiver needed until the buffer is full
		describe("after send", buf)
	}
	fmt.Println("buffer full: a 4th send would block")
	for len(buf) > 0 {
		v := <-buf
		fmt.Printf("received %d, ", v)
		describe("now", buf)
	}

	fmt.Println()
	fmt.Println("== FIFO order is preserved ==")
	letters := make(chan rune, 5)
	for _, r := range "queue" {
		letters <- r
	}
	close(letters)
	var out []rune
	for r := range letters {
		out = append(out, r)
	}
	fmt.Println("drained:", string(out))
	describe("closed", letters)
}
