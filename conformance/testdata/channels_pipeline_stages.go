package main

import "fmt"

func gen(nums ...int) <-chan int {
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

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int, 2)
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

func main() {
	odd := func(n int) bool { return n%2 == 1 }
	sum := 0
	for v := range filter(square(gen(1, 2, 3, 4, 5, 6, 7)), odd) {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println("sum", sum)
	for v := range square(square(gen(2, 3))) {
		fmt.Println(v)
	}
}
