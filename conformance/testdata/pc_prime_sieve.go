// Lecture 17: two parallel prime sieves -- the channel chain and segments.
package main

import (
	"fmt"
	"math"
	"sync"
)

// generate sends 2, 3, 4, ... until quit is closed.
func generate(quit <-chan struct{}) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 2; ; i++ {
			select {
			case ch <- i:
			case <-quit:
				return
			}
		}
	}()
	return ch
}

// filter removes multiples of prime.
func filter(in <-chan int, prime int, quit <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if v%prime != 0 {
				select {
				case out <- v:
				case <-quit:
					return
				}
			}
		}
	}()
	return out
}

func chainSieve(count int) []int {
	quit := make(chan struct{})
	defer close(quit)
	ch := generate(quit)
	primes := make([]int, 0, count)
	for range count {
		p := <-ch
		primes = append(primes, p)
		ch = filter(ch, p, quit)
	}
	return primes
}

// segmentedSieve marks composites in [lo,hi) segments concurrently.
func segmentedSieve(limit, segments int) []int {
	root := int(math.Sqrt(float64(limit)))
	base := chainSieveUpTo(root)
	composite := make([]bool, limit+1)
	size := (limit + segments) / segments
	var wg sync.WaitGroup
	for s := range segments {
		lo, hi := s*size, min((s+1)*size, limit+1)
		wg.Go(func() {
			for _, p := range base {
				start := max(p*p, (lo+p-1)/p*p)
				for m := start; m < hi; m += p {
					composite[m] = true
				}
			}
		})
	}
	wg.Wait()
	var out []int
	for n := 2; n <= limit; n++ {
		if !composite[n] {
			out = append(out, n)
		}
	}
	return out
}

func chainSieveUpTo(n int) []int {
	var out []int
	for _, p := range chainSieve(n) {
		if p > n {
			break
		}
		out = append(out, p)
	}
	return out
}

func main() {
	first := chainSieve(25)
	fmt.Println("first 25 primes (channel chain):")
	for i := 0; i < len(first); i += 5 {
		fmt.Printf("  %3d %3d %3d %3d %3d\n", first[i], first[i+1], first[i+2], first[i+3], first[i+4])
	}

	for _, segs := range []int{1, 3, 8} {
		ps := segmentedSieve(10000, segs)
		fmt.Printf("segments=%d: %d primes <= 10000, last=%d\n", segs, len(ps), ps[len(ps)-1])
	}
	ps := segmentedSieve(100, 4)
	fmt.Println("primes <= 100:", ps)
	fmt.Printf("as hex: %x\n", ps[:10])
}
