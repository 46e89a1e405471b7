// Week 8 assignment: a channel pipeline - generate, filter, square, collect.
package main

import (
	"fmt"
	"strings"
)

// generate sends the numbers from..to and closes the channel.
func generate(from, to int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := from; i <= to; i++ {
			out <- i
		}
	}()
	return out
}

// filter passes only values that satisfy keep.
func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

// square maps each value to its square.
func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

// words streams words of a sentence, stopping early if done is closed.
func words(done <-chan struct{}, text string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range strings.Fields(text) {
			select {
			case out <- w:
			case <-done:
				return
			}
		}
	}()
	return out
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	// Stages run concurrently but a single chain keeps values in order.
	odd := filter(generate(1, 15), func(n int) bool { return n%2 == 1 })
	total := 0
	for v := range square(odd) {
		fmt.Printf("odd square: %3d\n", v)
		total += v
	}
	fmt.Println("sum of odd squares:", total)

	var primes []int
	for p := range filter(generate(1, 60), isPrime) {
		primes = append(primes, p)
	}
	fmt.Printf("primes up to 60 (%d): %v\n", len(primes), primes)

	// Early cancellation: take only the first 4 words.
	done := make(chan struct{})
	taken := 0
	for w := range words(done, "the quick brown fox jumps over the lazy dog") {
		fmt.Printf("word %d: %-6s len=%d\n", taken+1, w, len(w))
		taken++
		if taken == 4 {
			close(done)
			break
		}
	}
	fmt.Println("stopped after", taken, "words")

	// Buffered channel basics: len and cap.
	buf := make(chan string, 3)
	buf <- "a"
	buf <- "b"
	fmt.Printf("buffered len=%d cap=%d\n", len(buf), cap(buf))
	close(buf)
	v, ok := <-buf
	fmt.Printf("recv %q ok=%t\n", v, ok)
	<-buf
	v, ok = <-buf
	fmt.Printf("recv %q ok=%t (closed and drained)\n", v, ok)
}
