package main

import "fmt"

// Event is a small Stringer type sent over a channel.
type Event struct {
	ID   int
	Name string
}

func (e Event) String() string { return fmt.Sprintf("#%d:%s", e.ID, e.Name) }

func produce(names []string) <-chan Event {
	ch := make(chan Event)
	go func() {
		defer close(ch) // only the sender closes
		for i, n := range names {
			ch <- Event{ID: i + 1, Name: n}
		}
	}()
	return ch
}

func main() {
	fmt.Println("== Receiving with comma-ok ==")
	ch := produce([]string{"start", "tick", "stop"})
	for {
		ev, ok := <-ch
		if !ok {
			fmt.Printf("ok=false, zero value received: %q\n", ev.Name)
			break
		}
		fmt.Println("ok=true, got", ev)
	}

	fmt.Println()
	fmt.Println("== range stops automatically at close ==")
	count := 0
	for ev := range produce([]string{"a", "b"}) {
		fmt.Println("range got", ev)
		count++
	}
	fmt.Println("events received:", count)

	fmt.Println()
	fmt.Println("== Buffered values survive close ==")
	b := make(chan int, 3)
	b <- 1
	b <- 2
	close(b)
	for i := range 4 {
		v, ok := <-b
		fmt.Printf("receive %d: v=%d ok=%v\n", i+1, v, ok)
	}

	fmt.Println()
	fmt.Println("== Rules ==")
	fmt.Println("send on closed channel: panic")
	fmt.Println("close of closed channel: panic")
	fmt.Println("receive from closed channel: zero value, ok=false, never blocks")
}
