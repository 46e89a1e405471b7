package main

import (
	"fmt"
	"strings"
	"sync"
)

// The classic concurrent prime sieve: a daisy chain of filter goroutines.
func generate(ctxDone <-chan struct{}) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 2; ; i++ {
			select {
			case ch <- i:
			case <-ctxDone:
				return
			}
		}
	}()
	return ch
}

func filter(in <-chan int, prime int, done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if v%prime != 0 {
				select {
				case out <- v:
				case <-done:
					// Drain nothing more; the upstream stops on done too.
					for range in {
					}
					return
				}
			}
		}
	}()
	return out
}

func firstPrimes(n int) []int {
	done := make(chan struct{})
	ch := generate(done)
	var primes []int
	for len(primes) < n {
		p := <-ch
		primes = append(primes, p)
		ch = filter(ch, p, done)
	}
	close(done)
	for range ch {
	}
	return primes
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
	primes := firstPrimes(40)
	fmt.Println("first 40 primes from the goroutine chain:")
	for i := 0; i < len(primes); i += 10 {
		row := make([]string, 0, 10)
		for _, p := range primes[i:min(i+10, len(primes))] {
			row = append(row, fmt.Sprintf("%3d", p))
		}
		fmt.Println(strings.Join(row, " "))
	}

	// Segmented counting: one goroutine per segment, results indexed.
	const segment, segments = 2500, 8
	counts := make([]int, segments)
	twins := make([]int, segments)
	var wg sync.WaitGroup
	for s := 0; s < segments; s++ {
		wg.Go(func() {
			lo, hi := s*segment, (s+1)*segment
			for n := lo; n < hi; n++ {
				if isPrime(n) {
					counts[s]++
					if isPrime(n + 2) {
						twins[s]++
					}
				}
			}
		})
	}
	wg.Wait()
	total, totalTwins := 0, 0
	for s := range counts {
		fmt.Printf("[%5d,%5d): %3d primes, %2d twin pairs %s\n",
			s*segment, (s+1)*segment, counts[s], twins[s], strings.Repeat("|", counts[s]/20))
		total += counts[s]
		totalTwins += twins[s]
	}
	fmt.Println("primes below 20000:", total)
	fmt.Println("twin pairs starting below 20000:", totalTwins)

	gaps := map[int]int{}
	for i := 1; i < len(primes); i++ {
		gaps[primes[i]-primes[i-1]]++
	}
	for g := 1; g <= 14; g++ {
		if c, ok := gaps[g]; ok {
			fmt.Printf("gap %2d occurs %d times\n", g, c)
		}
	}
}
