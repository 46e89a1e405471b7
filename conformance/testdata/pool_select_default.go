package main

import (
	"errors"
	"fmt"
)

var ErrFull = errors.New("mailbox full")
var ErrEmpty = errors.New("mailbox empty")

// Mailbox wraps a buffered channel with non-blocking operations.
type Mailbox struct {
	ch chan string
}

func NewMailbox(capacity int) *Mailbox {
	return &Mailbox{ch: make(chan string, capacity)}
}

func (m *Mailbox) TrySend(msg string) error {
	select {
	case m.ch <- msg:
		return nil
	default:
		return ErrFull
	}
}

func (m *Mailbox) TryReceive() (string, error) {
	select {
	case msg := <-m.ch:
		return msg, nil
	default:
		return "", ErrEmpty
	}
}

func main() {
	box := NewMailbox(3)

	for i := 1; i <= 5; i++ {
		msg := fmt.Sprintf("letter-%d", i)
		if err := box.TrySend(msg); err != nil {
			fmt.Printf("send %-9s -> %v\n", msg, err)
			continue
		}
		fmt.Printf("send %-9s -> ok (len=%d cap=%d)\n", msg, len(box.ch), cap(box.ch))
	}

	for {
		msg, err := box.TryReceive()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("receive -> empty, stop polling")
			break
		}
		fmt.Println("receive ->", msg)
	}

	// Polling a done channel without blocking.
	done := make(chan struct{})
	result := make(chan int)
	go func() {
		sum := 0
		for i := 1; i <= 100; i++ {
			sum += i
		}
		result <- sum
		close(done)
	}()

	sum := <-result
	<-done
	select {
	case <-done:
		fmt.Println("worker finished, sum =", sum)
	default:
		fmt.Println("worker still running")
	}

	// A nil channel in a select is never ready, so default is chosen.
	var never chan int
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel is never ready")
	}

	// Drop-on-overflow logging: keep the first few, count the rest.
	logs := make(chan int, 4)
	dropped := 0
	for i := range 10 {
		select {
		case logs <- i:
		default:
			dropped++
		}
	}
	close(logs)
	var kept []int
	for v := range logs {
		kept = append(kept, v)
	}
	fmt.Printf("kept %v, dropped %d\n", kept, dropped)
}
