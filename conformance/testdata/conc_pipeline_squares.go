package main

import "fmt"

// generate emits the integers from lo to hi inclusive.
func generate(lo, hi int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := lo; i <= hi; i++ {
			out <- i
		}
	}()
	return out
}

// square reads numbers and emits their squares.
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

// filter passes through only values for which keep returns true.
func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if keep(n) {
				out <- n
			}
		}
	}()
	return out
}

// sum drains a channel and returns the total on a one-shot channel.
func sum(in <-chan int) <-chan int {
	out := make(chan int, 1)
	go func() {
		total := 0
		for n := range in {
			total += n
		}
		out <- total
		close(out)
	}()
	return out
}

func main() {
	// Stage by stage, the order of values is preserved.
	for sq := range square(generate(1, 5)) {
		fmt.Print(sq, " ")
	}
	fmt.Println()

	total := <-sum(square(generate(1, 10)))
	fmt.Println("sum of squares 1..10 =", total)

	odd := func(n int) bool { return n%2 == 1 }
	oddTotal := <-sum(filter(square(generate(1, 100)), odd))
	fmt.Println("sum of odd squares 1..100 =", oddTotal)

	// Formula check: n(n+1)(2n+1)/6
	n := 10
	fmt.Println("formula agrees:", total == n*(n+1)*(2*n+1)/6)
}
