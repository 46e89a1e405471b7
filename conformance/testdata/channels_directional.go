package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := range n {
		out <- i * 3
	}
	close(out)
}

func consumer(in <-chan int) int {
	s := 0
	for v := range in {
		s += v
	}
	return s
}

func main() {
	ch := make(chan int)
	go producer(ch, 5)
	fmt.Println(consumer(ch))
	fmt.Printf("%T %T\n", (chan<- int)(ch), (<-chan int)(ch))
}
