// Homework 2, problem 21: parallel segmented sieve of Eratosthenes.
// The base primes up to sqrt(N) are found sequentially. The range [2, N]
// is cut into segments; workers take segments from a channel and cross
// off multiples of the base primes inside their own segment only.
package main

import (
	"fmt"
	"sync"
)

// Segment is the half-open range [Lo, Hi) of candidates.
type Segment struct {
	Index, Lo, Hi int
}

// SegmentResult reports the primes found in one segment.
type SegmentResult struct {
	Seg     Segment
	Count   int
	Largest int
}

func basePrimes(limit int) []int {
	composite := make([]bool, limit+1)
	var primes []int
	for i := 2; i <= limit; i++ {
		if !composite[i] {
			primes = append(primes, i)
			for j := i * i; j <= limit; j += i {
				composite[j] = true
			}
		}
	}
	return primes
}

func sieveSegment(seg Segment, primes []int) SegmentResult {
	composite := make([]bool, seg.Hi-seg.Lo)
	for _, p := range primes {
		start := max(p*p, (seg.Lo+p-1)/p*p) // first multiple of p in range
		for m := start; m < seg.Hi; m += p {
			composite[m-seg.Lo] = true
		}
	}
	res := SegmentResult{Seg: seg}
	for i, c := range composite {
		if !c && seg.Lo+i >= 2 {
			res.Count++
			res.Largest = seg.Lo + i
		}
	}
	return res
}

func main() {
	const n, segSize, workers = 30000, 5000, 3
	root := 1
	for (root+1)*(root+1) <= n {
		root++
	}
	primes := basePrimes(root)

	segments := make(chan Segment)
	results := make([]SegmentResult, (n+segSize)/segSize)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			for s := range segments {
				results[s.Index] = sieveSegment(s, primes) // distinct slot per segment
			}
		})
	}
	for i := range results {
		segments <- Segment{Index: i, Lo: i * segSize, Hi: min((i+1)*segSize, n+1)}
	}
	close(segments)
	wg.Wait()

	fmt.Println("Segmented sieve up to", n)
	fmt.Println("base primes up to", root, ":", len(primes))
	total, largest := 0, 0
	for _, r := range results {
		fmt.Printf("segment %d [%5d,%5d): %4d primes, largest %d\n",
			r.Seg.Index, r.Seg.Lo, r.Seg.Hi, r.Count, r.Largest)
		total += r.Count
		largest = max(largest, r.Largest)
	}
	fmt.Println("pi(N) =", total)
	fmt.Println("largest prime <= N:", largest)
}
