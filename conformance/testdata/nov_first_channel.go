package main

import "fmt"

func producer(ch chan int, count int) {
	for i := 1; i <= count; i++ {
		ch <- i * 10
	}
	close(ch)
}

func doubler(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * 2
	}
	close(out)
}

func main() {
	// simplest channel: one goroutine sends one message
	messages := make(chan string)
	go func() {
		messages <- "hello from a goroutine"
	}()
	msg := <-messages
	fmt.Println(msg)

	// producer and range over the channel
	numbers := make(chan int)
	go producer(numbers, 5)
	for n := range numbers {
		fmt.Println("received", n)
	}

	// a pipeline
	first := make(chan int)
	second := make(chan int)
	go producer(first, 4)
	go doubler(first, second)
	sum := 0
	for v := range second {
		fmt.Println("doubled:", v)
		sum += v
	}
	fmt.Println("sum of doubled:", sum)

	// buffered channel does not block until its full
	buffered := make(chan string, 3)
	buffered <- "a"
	buffered <- "b"
	buffered <- "c"
	fmt.Println("len of buffered:", len(buffered), "cap:", cap(buffered))
	fmt.Println(<-buffered, <-buffered, <-buffered)

	// done channel
	done := make(chan bool)
	go func() {
		total := 0
		for i := 1; i <= 100; i++ {
			total += i
		}
		fmt.Println("worker computed", total)
		done <- true
	}()
	<-done

	// comma ok on a closed channel
	c := make(chan int, 1)
	c <- 7
	close(c)
	v, ok := <-c
	fmt.Println("value", v, "ok", ok)
	v, ok = <-c
	fmt.Println("value", v, "ok", ok)
	fmt.Println("main is done")
}
