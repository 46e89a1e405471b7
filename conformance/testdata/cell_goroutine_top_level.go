package main

import "fmt"

func produce(n int, out chan<- int) {
	for i := range n {
		out <- i
	}
	close(out)
}

func main() {
	ch := make(chan int)
	go produce(4, ch)
	total := 0
	for v := range ch {
		total += v
	}
	fmt.Println(total)
	done := make(chan string)
	go func() { done <- "done" }()
	fmt.Println(<-done)
}
