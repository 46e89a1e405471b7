package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 5
	v, ok := <-ch
	fmt.Println(v, ok)
	close(ch)
	v, ok = <-ch
	fmt.Println(v, ok)
	done := make(chan struct{})
	close(done)
	_, open := <-done
	fmt.Println(open)
}
