// Channel direction types document who sends and who receives:
// chan<- T may only be sent to, <-chan T may only be received from.
package main

import (
	"fmt"
	"strings"
)

type Stage[In, Out any] func(in <-chan In) <-chan Out

// source owns its channel: it creates it, sends on it and closes it,
// handing callers only the receive side.
func source(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func lift[In, Out any](f func(In) Out) Stage[In, Out] {
	return func(in <-chan In) <-chan Out {
		out := make(chan Out)
		go func() {
			defer close(out)
			for v := range in {
				out <- f(v)
			}
		}()
		return out
	}
}

// sink receives everything and reports the result on a send-only channel.
func sink(in <-chan int, done chan<- []int) {
	var got []int
	for v := range in {
		got = append(got, v)
	}
	done <- got
}

// fill only needs to send, so it accepts chan<- (a bidirectional channel
// converts implicitly).
func fill(dst chan<- rune, s string) {
	for _, r := range s {
		dst <- r
	}
	close(dst)
}

func main() {
	lengths := lift(func(s string) int { return len(s) })
	doubled := lift(func(n int) int { return n * 2 })

	done := make(chan []int)
	go sink(doubled(lengths(source("go", "chan", "select", "goroutine"))), done)
	fmt.Println("doubled lengths:", <-done)

	runes := make(chan rune, 8)
	go fill(runes, "héllo")
	var sb strings.Builder
	var recvOnly <-chan rune = runes
	for r := range recvOnly {
		if r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		sb.WriteRune(r)
	}
	fmt.Println("upper ascii:", sb.String())

	var sendOnly chan<- rune = make(chan rune, 1)
	sendOnly <- 'x'
	fmt.Printf("types: %T %T %T\n", recvOnly, sendOnly, done)
	fmt.Println("len/cap of send-only:", len(sendOnly), cap(sendOnly))
}
