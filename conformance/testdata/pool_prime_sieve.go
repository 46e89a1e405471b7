package main

import "fmt"

// The classic concurrent prime sieve: each prime found gets its own
// filtering goroutine chained after the previous ones.

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

func filter(done <-chan struct{}, in <-chan int, prime int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if n%prime == 0 {
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

func firstPrimes(n int) []int {
	done := make(chan struct{})
	defer close(done)

	ch := generate(done)
	primes := make([]int, 0, n)
	for range n {
		p := <-ch
		primes = append(primes, p)
		ch = filter(done, ch, p)
	}
	return primes
}

func main() {
	primes := firstPrimes(40)
	for i := 0; i < len(primes); i += 10 {
		fmt.Printf("%4d\n", primes[i:i+10])
	}

	twins := 0
	for i := 1; i < len(primes); i++ {
		if primes[i]-primes[i-1] == 2 {
			fmt.Printf("twin pair: (%d, %d)\n", primes[i-1], primes[i])
			twins++
		}
	}
	fmt.Println("twin pairs among first 40 primes:", twins)

	sum := 0
	for _, p := range firstPrimes(100) {
		sum += p
	}
	fmt.Println("sum of first 100 primes:", sum)
}
