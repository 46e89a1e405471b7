package main

import (
	"fmt"
	"strings"
)

// Each stage reads from one channel and writes to the next; since every
// stage is a single goroutine, values stay in order.

func generate(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func mapStage(in <-chan string, f func(string) string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for s := range in {
			out <- f(s)
		}
	}()
	return out
}

func filterStage(in <-chan string, keep func(string) bool) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for s := range in {
			if keep(s) {
				out <- s
			}
		}
	}()
	return out
}

type numbered struct {
	n    int
	text string
}

func number(in <-chan string) <-chan numbered {
	out := make(chan numbered, 2)
	go func() {
		defer close(out)
		i := 1
		for s := range in {
			out <- numbered{i, s}
			i++
		}
	}()
	return out
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiou", r) }

func main() {
	src := generate("goroutine", "channel", "mutex", "select", "deadlock",
		"semaphore", "barrier", "atomic", "monitor", "futex", "spinlock")

	trimmed := mapStage(src, func(s string) string {
		return strings.TrimSpace(s)
	})
	long := filterStage(trimmed, func(s string) bool { return len(s) > 5 })
	noVowels := mapStage(long, func(s string) string {
		return strings.Map(func(r rune) rune {
			if isVowel(r) {
				return '_'
			}
			return r
		}, s)
	})
	upper := mapStage(noVowels, strings.ToUpper)

	count := 0
	totalLen := 0
	for item := range number(upper) {
		fmt.Printf("%2d. %s\n", item.n, item.text)
		count++
		totalLen += len(item.text)
	}
	fmt.Println("items out of pipeline:", count)
	fmt.Println("total length:", totalLen)

	// A numeric pipeline built in a loop: each stage adds its index.
	var ch <-chan int
	nums := make(chan int)
	ch = nums
	for stage := 1; stage <= 5; stage++ {
		in := ch
		out := make(chan int)
		go func() {
			defer close(out)
			for v := range in {
				out <- v*2 + stage
			}
		}()
		ch = out
	}
	go func() {
		defer close(nums)
		for i := range 4 {
			nums <- i
		}
	}()
	for v := range ch {
		fmt.Println("through 5 stages:", v)
	}
}
