// Go by Example: Non-Blocking Channel Operations
package main

import "fmt"

// trySend reports whether v could be sent without blocking.
func trySend(ch chan<- int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

// tryRecv reports a value if one is immediately available.
func tryRecv(ch <-chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	messages := make(chan string)
	signals := make(chan bool)

	// Here's a non-blocking receive.
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}

	// A non-blocking send works similarly. Here msg cannot be
	// sent because the channel has no buffer and no receiver.
	msg := "hi"
	select {
	case messages <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}

	// Multiple cases above the default clause implement a
	// multi-way non-blocking select.
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}

	// With a buffer, sends succeed until it fills up.
	buf := make(chan int, 3)
	for i := 1; i <= 5; i++ {
		fmt.Printf("send %d: %v\n", i, trySend(buf, i))
	}
	for {
		v, ok := tryRecv(buf)
		if !ok {
			fmt.Println("buffer drained")
			break
		}
		fmt.Println("recv", v)
	}

	// A closed channel is always ready to receive.
	closed := make(chan int)
	close(closed)
	v, ok := tryRecv(closed)
	fmt.Println("from closed:", v, ok)

	// A nil channel is never ready.
	var nilCh chan int
	fmt.Println("send on nil:", trySend(nilCh, 1))
	_, ok = tryRecv(nilCh)
	fmt.Println("recv on nil:", ok)
}
