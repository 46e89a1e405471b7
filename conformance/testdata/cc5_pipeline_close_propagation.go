// Exercise 7: a pipeline of stages where closing the source propagates downstream.
package main

import (
	"fmt"
	"strings"
)

type Stage[In, Out any] func(<-chan In) <-chan Out

func Source(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func Map[In, Out any](f func(In) Out) Stage[In, Out] {
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

func Filter[T any](keep func(T) bool) Stage[T, T] {
	return func(in <-chan T) <-chan T {
		out := make(chan T)
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
}

type Tagged struct {
	Seq  int
	Word string
	Len  int
}

func Number(in <-chan string) <-chan Tagged {
	out := make(chan Tagged)
	go func() {
		defer close(out)
		seq := 0
		for w := range in {
			seq++
			out <- Tagged{Seq: seq, Word: w, Len: len(w)}
		}
	}()
	return out
}

func main() {
	text := "the quick brown fox jumps over the lazy dog while a small cat watches from the warm windowsill"
	src := Source(strings.Fields(text)...)
	upper := Map(strings.ToUpper)(src)
	long := Filter(func(s string) bool { return len(s) > 3 })(upper)
	tagged := Number(long)
	decorated := Map(func(t Tagged) string {
		return fmt.Sprintf("%02d %-12s len=%d", t.Seq, t.Word, t.Len)
	})(tagged)

	count := 0
	for line := range decorated {
		fmt.Println(line)
		count++
	}
	fmt.Printf("pipeline drained: %d items reached the sink\n", count)

	// A second run: closing an empty source still terminates every stage.
	empty := Number(Filter(func(s string) bool { return true })(Source()))
	n := 0
	for range empty {
		n++
	}
	fmt.Printf("empty pipeline produced %d items and closed cleanly\n", n)

	// Rebind stage variables and reuse them for a numeric chain.
	square := Map(func(x int) int { return x * x })
	odd := Filter(func(x int) bool { return x%2 == 1 })
	nums := make(chan int)
	go func() {
		defer close(nums)
		for i := 1; i <= 10; i++ {
			nums <- i
		}
	}()
	sum := 0
	for v := range odd(square(nums)) {
		sum += v
		fmt.Printf("odd square: %d (running sum %d)\n", v, sum)
	}
}
