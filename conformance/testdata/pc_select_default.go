// Lecture 22: non-blocking channel operations with select/default.
package main

import (
	"fmt"
	"strings"
)

type Event struct {
	Kind string
	N    int
}

// drain reads everything currently buffered without blocking.
func drain(c chan Event) []Event {
	var out []Event
	for {
		select {
		case e := <-c:
			out = append(out, e)
		default:
			return out
		}
	}
}

func main() {
	// Non-blocking receive on an empty channel.
	msgs := make(chan string)
	select {
	case m := <-msgs:
		fmt.Println("got", m)
	default:
		fmt.Println("no message ready")
	}

	// Non-blocking send into a buffer of size 2.
	buf := make(chan int, 2)
	for i := range 4 {
		select {
		case buf <- i:
			fmt.Printf("sent %d\n", i)
		default:
			fmt.Printf("dropped %d (buffer full)\n", i)
		}
	}

	// Priority: check the urgent channel first, then normal work.
	urgent := make(chan Event, 3)
	normal := make(chan Event, 5)
	for i := range 5 {
		normal <- Event{"normal", i}
	}
	urgent <- Event{"urgent", 100}
	urgent <- Event{"urgent", 101}
	var order []string
loop:
	for {
		select {
		case e := <-urgent:
			order = append(order, fmt.Sprintf("%s#%d", e.Kind, e.N))
			continue loop
		default:
		}
		select {
		case e := <-normal:
			if e.N == 3 {
				urgent <- Event{"urgent", 102}
			}
			order = append(order, fmt.Sprintf("%s#%d", e.Kind, e.N))
		default:
			break loop
		}
	}
	fmt.Println("processing order:")
	fmt.Println("  " + strings.Join(order, " "))

	// drain collects whatever is buffered.
	ev := make(chan Event, 4)
	ev <- Event{"a", 1}
	ev <- Event{"b", 2}
	fmt.Printf("drained: %+v\n", drain(ev))
	fmt.Printf("drained again: %v (len %d)\n", drain(ev), len(drain(ev)))

	// A nil channel is never ready, so select falls through to default.
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel blocks; default taken")
	}

	// Closed channels are always ready.
	closed := make(chan int)
	close(closed)
	ready := 0
	for range 3 {
		select {
		case <-closed:
			ready++
		default:
		}
	}
	fmt.Println("closed channel ready count:", ready)
}
