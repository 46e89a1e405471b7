package main

import "fmt"

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	results := sq(done, sq(done, gen(done, 1, 2, 3, 4, 5, 6)))
	fmt.Println(<-results, <-results, <-results)
	close(done)
	for range results {
	}
	fmt.Println("cancelled")

	done2 := make(chan struct{})
	defer close(done2)
	sum := 0
	for v := range sq(done2, gen(done2, 1, 2, 3)) {
		sum += v
	}
	fmt.Println("sum:", sum)
}
