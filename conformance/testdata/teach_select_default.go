package main

import "fmt"

// trySend attempts a send without blocking.
func trySend(ch chan<- int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

// tryRecv attempts a receive without blocking.
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

	fmt.Println("== Non-blocking send ==")
	for v := 1; v <= 4; v++ {
		ok := trySend(ch, v)
		fmt.Printf("send %d: ok=%-5v len=%d cap=%d\n", v, ok, len(ch), cap(ch))
	}

	fmt.Println()
	fmt.Println("== Non-blocking receive ==")
	for range 3 {
		v, ok := tryRecv(ch)
		fmt.Printf("recv: v=%d ok=%v len=%d\n", v, ok, len(ch))
	}

	fmt.Println()
	fmt.Println("== Dropping work when the queue is full (load shedding) ==")
	queue := make(chan int, 3)
	accepted, dropped := 0, 0
	for job := range 10 {
		if trySend(queue, job) {
			accepted++
		} else {
			dropped++
		}
	}
	close(queue)
	var kept []int
	for j := range queue {
		kept = append(kept, j)
	}
	fmt.Println("accepted:", accepted, "dropped:", dropped, "kept:", kept)

	fmt.Println()
	fmt.Println("== Unbuffered with no partner: default always wins ==")
	unbuf := make(chan int)
	fmt.Println("send ok:", trySend(unbuf, 1))
	_, ok := tryRecv(unbuf)
	fmt.Println("recv ok:", ok)
}
