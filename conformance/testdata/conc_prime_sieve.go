package main

import (
	"fmt"
	"strings"
)

// generate sends 2, 3, 4, ... until done closes.
func generate(done <-chan struct{}) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 2; ; i++ {
			select {
			case ch <- i:
			case <-done:
				return
			}
		}
	}()
	return ch
}

// filterMultiples drops multiples of prime from in.
func filterMultiples(done <-chan struct{}, in <-chan int, prime int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := range in {
			if i%prime == 0 {
				continue
			}
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

// primes runs the classic concurrent sieve: one goroutine per prime found.
func primes(n int) []int {
	done := make(chan struct{})
	defer close(done)
	ch := generate(done)
	result := make([]int, 0, n)
	for range n {
		p := <-ch
		result = append(result, p)
		ch = filterMultiples(done, ch, p)
	}
	return result
}

func main() {
	ps := primes(25)
	fmt.Println("first 25 primes:", ps)

	var twins []string
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twins = append(twins, fmt.Sprintf("(%d,%d)", ps[i-1], ps[i]))
		}
	}
	fmt.Println("twin primes:", strings.Join(twins, " "))
	fmt.Println("100th prime:", primes(100)[99])
}
