package main

import "fmt"

func trySend(ch chan<- int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch <-chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	for i := range 4 {
		fmt.Println("send", i, trySend(ch, i))
	}
	fmt.Println(len(ch), cap(ch))
	for range 3 {
		v, ok := tryRecv(ch)
		fmt.Println("recv", v, ok)
	}
	close(ch)
	v, ok := <-ch
	fmt.Println("closed:", v, ok)
	var nilch chan int
	select {
	case nilch <- 1:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel blocks; default taken")
	}
}
