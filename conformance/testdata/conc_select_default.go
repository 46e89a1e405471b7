package main

import (
	"fmt"
	"strings"
)

type Event struct {
	Kind string
	N    int
}

// trySend attempts a non-blocking send.
func trySend(ch chan<- Event, e Event) bool {
	select {
	case ch <- e:
		return true
	default:
		return false
	}
}

// drain collects whatever is immediately available without blocking.
func drain(ch <-chan Event) []Event {
	var out []Event
	for {
		select {
		case e := <-ch:
			out = append(out, e)
		default:
			return out
		}
	}
}

func main() {
	events := make(chan Event, 3)
	var dropped []string
	for i := 1; i <= 5; i++ {
		e := Event{Kind: "tick", N: i}
		if !trySend(events, e) {
			dropped = append(dropped, fmt.Sprintf("%s#%d", e.Kind, e.N))
		}
	}
	fmt.Println("buffered:", len(events), "dropped:", strings.Join(dropped, ", "))

	got := drain(events)
	fmt.Printf("drained: %+v\n", got)
	fmt.Println("drain again:", drain(events) == nil)

	// Polling a quit channel in a loop.
	quit := make(chan struct{})
	steps := 0
	for running := true; running; {
		select {
		case <-quit:
			running = false
		default:
			steps++
			if steps == 4 {
				close(quit)
			}
		}
	}
	fmt.Println("steps before quit:", steps)

	// A nil channel is never ready, so select falls through to default.
	var never chan int
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel is never ready")
	}

	// Prioritised select: check the urgent channel first.
	urgent := make(chan string, 1)
	normal := make(chan string, 1)
	urgent <- "fire alarm"
	normal <- "email"
	for range 2 {
		select {
		case m := <-urgent:
			fmt.Println("urgent:", m)
			continue
		default:
		}
		fmt.Println("normal:", <-normal)
	}
}
