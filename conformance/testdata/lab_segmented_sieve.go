// Lab 14: parallel sieve of Eratosthenes by segments. The base primes up to
// sqrt(N) are found sequentially; each segment is then sieved independently.
package main

import (
	"fmt"
	"sync"
)

type Segment struct {
	Lo, Hi int // half-open range [Lo, Hi)
	Primes []int
}

func (s Segment) String() string {
	return fmt.Sprintf("[%5d,%5d) primes=%3d", s.Lo, s.Hi, len(s.Primes))
}

func simpleSieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func sieveSegment(seg *Segment, base []int) {
	composite := make([]bool, seg.Hi-seg.Lo)
	for _, p := range base {
		start := max(p*p, (seg.Lo+p-1)/p*p)
		for j := start; j < seg.Hi; j += p {
			composite[j-seg.Lo] = true
		}
	}
	for i, c := range composite {
		if n := seg.Lo + i; !c && n >= 2 {
			seg.Primes = append(seg.Primes, n)
		}
	}
}

func main() {
	const n, segSize = 20000, 2500
	limit := 1
	for (limit+1)*(limit+1) <= n {
		limit++
	}
	base := simpleSieve(limit)

	segments := make([]Segment, 0, n/segSize+1)
	for lo := 0; lo < n; lo += segSize {
		segments = append(segments, Segment{Lo: lo, Hi: min(lo+segSize, n)})
	}
	var wg sync.WaitGroup
	for i := range segments {
		wg.Go(func() { sieveSegment(&segments[i], base) })
	}
	wg.Wait()

	total := 0
	for _, s := range segments {
		fmt.Println(s)
		total += len(s.Primes)
	}
	reference := simpleSieve(n - 1)
	fmt.Println("base primes:", len(base), "total:", total, "reference:", len(reference))
	last := segments[len(segments)-1].Primes
	fmt.Println("largest primes:", last[len(last)-3:])
}
