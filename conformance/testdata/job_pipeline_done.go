package main

import (
	"fmt"
	"sync"
)

var stages sync.WaitGroup

func generate(done <-chan struct{}, start int) <-chan int {
	out := make(chan int)
	stages.Add(1)
	go func() {
		defer stages.Done()
		defer close(out)
		for n := start; ; n++ {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func filter(done <-chan struct{}, in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	stages.Add(1)
	go func() {
		defer stages.Done()
		defer close(out)
		for n := range in {
			if !keep(n) {
				continue
			}
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func mapInts(done <-chan struct{}, in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	stages.Add(1)
	go func() {
		defer stages.Done()
		defer close(out)
		for n := range in {
			select {
			case out <- f(n):
			case <-done:
				return
			}
		}
	}()
	return out
}

func take(done <-chan struct{}, in <-chan int, n int) []int {
	res := make([]int, 0, n)
	for len(res) < n {
		select {
		case v, ok := <-in:
			if !ok {
				return res
			}
			res = append(res, v)
		case <-done:
			return res
		}
	}
	return res
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
	done := make(chan struct{})
	primes := filter(done, generate(done, 1), isPrime)
	squares := mapInts(done, primes, func(p int) int { return p * p })
	plusOne := mapInts(done, squares, func(n int) int { return n + 1 })
	first := take(done, plusOne, 10)
	close(done)
	stages.Wait()
	fmt.Println("p^2+1 for first 10 primes:", first)

	sum := 0
	for _, v := range first {
		sum += v
	}
	fmt.Println("sum:", sum)

	done2 := make(chan struct{})
	evens := filter(done2, generate(done2, 100), func(n int) bool { return n%2 == 0 })
	halves := mapInts(done2, evens, func(n int) int { return n / 2 })
	got := take(done2, halves, 6)
	close(done2)
	stages.Wait()
	fmt.Println("halves of evens from 100:", got)

	// A finite source closes the pipeline naturally.
	done3 := make(chan struct{})
	src := make(chan int)
	go func() {
		defer close(src)
		for _, v := range []int{3, 1, 4, 1, 5, 9, 2, 6} {
			src <- v
		}
	}()
	odd := filter(done3, src, func(n int) bool { return n%2 == 1 })
	rest := take(done3, mapInts(done3, odd, func(n int) int { return n * 10 }), 100)
	close(done3)
	stages.Wait()
	fmt.Println("finite source result:", rest, "len:", len(rest))
	fmt.Println("all stages stopped")
}
