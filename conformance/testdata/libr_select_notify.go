package main

import (
	"fmt"
	"time"
)

type Notice struct {
	Patron string
	Text   string
}

// notifier sends hold and overdue notices on separate channels, then
// signals completion. The main loop multiplexes them with select.
func notifier(holds, overdue chan<- Notice, done chan<- struct{}) {
	holds <- Notice{"ana", "Your hold on 'Emma' is ready"}
	overdue <- Notice{"bo", "'Dune' is 3 days overdue"}
	holds <- Notice{"cy", "Your hold on 'Kindred' is ready"}
	overdue <- Notice{"di", "'Beloved' is 10 days overdue"}
	close(done)
}

func main() {
	holds := make(chan Notice)
	overdue := make(chan Notice)
	done := make(chan struct{})
	go notifier(holds, overdue, done)

	counts := map[string]int{}
loop:
	for {
		select {
		case n := <-holds:
			counts["hold"]++
			fmt.Printf("[hold]    %-4s %s\n", n.Patron, n.Text)
		case n := <-overdue:
			counts["overdue"]++
			fmt.Printf("[overdue] %-4s %s\n", n.Patron, n.Text)
		case <-done:
			break loop
		}
	}
	fmt.Println("holds sent:", counts["hold"], "overdue sent:", counts["overdue"])

	// Non-blocking send and receive with default.
	slot := make(chan string, 1)
	for _, p := range []string{"eve", "fay"} {
		select {
		case slot <- p:
			fmt.Println("study room booked by", p)
		default:
			fmt.Println("study room full, turned away", p)
		}
	}
	select {
	case who := <-slot:
		fmt.Println("room released by", who)
	default:
		fmt.Println("room was empty")
	}
	select {
	case who := <-slot:
		fmt.Println("room released by", who)
	default:
		fmt.Println("room was empty")
	}

	// A timeout that fires because nothing will ever arrive.
	never := make(chan Notice)
	timeout := 20 * time.Millisecond
	select {
	case n := <-never:
		fmt.Println("unexpected", n)
	case <-time.After(timeout):
		fmt.Println("no reply from interlibrary loan after", timeout)
	}

	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("receive from nil channel never proceeds")
	}
}
