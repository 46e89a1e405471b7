package main

import (
	"fmt"
	"sync"
)

type Segment struct {
	Lo, Hi int
	Primes []int
}

func (s Segment) String() string {
	return fmt.Sprintf("[%5d,%5d) %4d primes", s.Lo, s.Hi, len(s.Primes))
}

func simpleSieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if !composite[i] {
			primes = append(primes, i)
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return primes
}

func sieveSegment(lo, hi int, base []int) []int {
	composite := make([]bool, hi-lo)
	for _, p := range base {
		if p*p >= hi {
			break
		}
		start := max(p*p, (lo+p-1)/p*p)
		for m := start; m < hi; m += p {
			composite[m-lo] = true
		}
	}
	var primes []int
	for i, c := range composite {
		if !c && lo+i >= 2 {
			primes = append(primes, lo+i)
		}
	}
	return primes
}

func isqrt(n int) int {
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return r
}

func main() {
	const limit, segments = 50000, 8
	base := simpleSieve(isqrt(limit))
	size := (limit + segments - 1) / segments
	segs := make([]Segment, segments)
	var wg sync.WaitGroup
	for i := range segs {
		lo, hi := i*size, min((i+1)*size, limit)
		wg.Go(func() { segs[i] = Segment{lo, hi, sieveSegment(lo, hi, base)} })
	}
	wg.Wait()
	total := 0
	for _, s := range segs {
		fmt.Println(s)
		total += len(s.Primes)
	}
	last := segs[len(segs)-1].Primes
	fmt.Println("total:", total, "sequential:", len(simpleSieve(limit-1)))
	fmt.Println("largest:", last[len(last)-3:])
}
