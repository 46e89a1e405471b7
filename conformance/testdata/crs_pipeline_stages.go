// Lecture 7: pipelines. Each stage is a goroutine connected by channels.
package main

import (
	"fmt"
	"strings"
)

func generate(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func mapStage[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func filterStage[T any](in <-chan T, keep func(T) bool) <-chan T {
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

func batch[T any](in <-chan T, size int) <-chan []T {
	out := make(chan []T)
	go func() {
		defer close(out)
		var buf []T
		for v := range in {
			buf = append(buf, v)
			if len(buf) == size {
				out <- buf
				buf = nil
			}
		}
		if len(buf) > 0 {
			out <- buf
		}
	}()
	return out
}

func main() {
	src := make([]int, 0, 20)
	for i := 1; i <= 20; i++ {
		src = append(src, i)
	}
	squares := mapStage(generate(src...), func(n int) int { return n * n })
	odd := filterStage(squares, func(n int) bool { return n%2 == 1 })
	labels := mapStage(odd, func(n int) string { return fmt.Sprintf("<%d>", n) })

	i := 0
	for b := range batch(labels, 3) {
		i++
		fmt.Printf("batch %d (%d items): %s\n", i, len(b), strings.Join(b, " "))
	}

	// A second pipeline: words -> lengths -> running total.
	words := []string{"go", "routine", "channel", "select", "mutex", "atomic"}
	wordCh := make(chan string)
	go func() {
		defer close(wordCh)
		for _, w := range words {
			wordCh <- w
		}
	}()
	lengths := mapStage(wordCh, func(s string) [2]any { return [2]any{s, len(s)} })
	running := 0
	for pair := range lengths {
		running += pair[1].(int)
		fmt.Printf("%-8q len=%d running=%2d\n", pair[0], pair[1], running)
	}
}
