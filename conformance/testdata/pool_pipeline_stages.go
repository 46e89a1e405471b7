package main

import (
	"fmt"
	"strings"
)

// Each stage owns its output channel and closes it when the input is drained.

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

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func keep(in <-chan int, pred func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if pred(n) {
				out <- n
			}
		}
	}()
	return out
}

func label(in <-chan int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		i := 0
		for n := range in {
			i++
			out <- fmt.Sprintf("#%02d -> %5d", i, n)
		}
	}()
	return out
}

func main() {
	var nums []int
	for i := 1; i <= 30; i++ {
		nums = append(nums, i)
	}

	isOdd := func(n int) bool { return n%2 == 1 }
	notDivBy3 := func(n int) bool { return n%3 != 0 }

	stages := label(keep(keep(square(generate(nums...)), isOdd), notDivBy3))

	var lines []string
	for line := range stages {
		lines = append(lines, line)
	}
	fmt.Println("odd squares not divisible by 3:")
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Printf("%d values made it through the pipeline\n", len(lines))

	// A second run that just sums the squares.
	sum := 0
	for v := range square(generate(nums...)) {
		sum += v
	}
	fmt.Printf("sum of squares 1..30 = %d\n", sum)
}
