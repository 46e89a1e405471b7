package main

import (
	"fmt"
	"strings"
)

type Message struct {
	Priority string
	Body     string
}

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

// next prefers the high-priority channel: it polls it first with a
// default case and only then looks at the low-priority one.
func next(high, low <-chan Message) (Message, bool) {
	select {
	case m := <-high:
		return m, true
	default:
	}
	select {
	case m := <-low:
		return m, true
	default:
		return Message{}, false
	}
}

func main() {
	buf := make(chan int, 3)
	for i := 1; i <= 5; i++ {
		fmt.Printf("trySend(%d): %t (len=%d cap=%d)\n", i, trySend(buf, i*10), len(buf), cap(buf))
	}
	for i := 0; i < 4; i++ {
		v, ok := tryRecv(buf)
		fmt.Printf("tryRecv: %d %t\n", v, ok)
	}

	// Unbuffered channel with no receiver: a non-blocking send always fails.
	unbuf := make(chan int)
	fmt.Println("send on unbuffered without receiver:", trySend(unbuf, 1))

	// A nil channel is never ready.
	var nilCh chan int
	fmt.Println("send on nil channel:", trySend(nilCh, 1))
	_, ok := tryRecv(nilCh)
	fmt.Println("recv on nil channel:", ok)

	// A closed channel is always ready and yields the zero value.
	closed := make(chan int, 1)
	closed <- 7
	close(closed)
	for i := 0; i < 3; i++ {
		select {
		case v, open := <-closed:
			fmt.Printf("closed channel read: v=%d open=%t\n", v, open)
		default:
			fmt.Println("never printed")
		}
	}

	high := make(chan Message, 8)
	low := make(chan Message, 8)
	for i := 1; i <= 4; i++ {
		low <- Message{"low", fmt.Sprintf("newsletter #%d", i)}
	}
	high <- Message{"high", "server down"}
	high <- Message{"high", "disk full"}

	var order []string
	step := 0
	for {
		m, ok := next(high, low)
		if !ok {
			fmt.Println("mailbox empty after", step, "steps")
			break
		}
		step++
		fmt.Printf("step %d: [%-4s] %s\n", step, m.Priority, m.Body)
		order = append(order, strings.ToUpper(m.Priority[:1]))
		if step == 3 {
			high <- Message{"high", "late alarm"}
		}
	}
	fmt.Println("priority sequence:", strings.Join(order, ""))
}
