package main

import (
	"fmt"
	"sort"
)

type collatz struct {
	cache map[uint64]int
}

func newCollatz() *collatz {
	return &collatz{cache: map[uint64]int{1: 0}}
}

// Steps returns the number of steps for n to reach 1, memoised.
func (c *collatz) Steps(n uint64) int {
	if v, ok := c.cache[n]; ok {
		return v
	}
	var nxt uint64
	if n%2 == 0 {
		nxt = n / 2
	} else {
		nxt = 3*n + 1
	}
	s := 1 + c.Steps(nxt)
	c.cache[n] = s
	return s
}

func path(n uint64) []uint64 {
	p := []uint64{n}
	for n != 1 {
		if n&1 == 0 {
			n >>= 1
		} else {
			n = 3*n + 1
		}
		p = append(p, n)
	}
	return p
}

func peak(p []uint64) uint64 {
	m := p[0]
	for _, v := range p {
		m = max(m, v)
	}
	return m
}

func main() {
	for _, n := range []uint64{1, 6, 7, 19, 27} {
		p := path(n)
		fmt.Printf("n=%-3d steps=%-3d peak=%-5d head=%v\n", n, len(p)-1, peak(p), p[:min(len(p), 10)])
	}

	c := newCollatz()
	const limit = 100000
	best, bestN := 0, uint64(0)
	histogram := map[int]int{}
	for n := uint64(1); n < limit; n++ {
		s := c.Steps(n)
		if s > best {
			best, bestN = s, n
		}
		histogram[s/50]++
	}
	fmt.Printf("longest chain below %d: n=%d with %d steps\n", limit, bestN, best)
	fmt.Printf("cache size > limit: %t\n", len(c.cache) > limit)

	buckets := make([]int, 0, len(histogram))
	for b := range histogram {
		buckets = append(buckets, b)
	}
	sort.Ints(buckets)
	for _, b := range buckets {
		fmt.Printf("steps %3d-%3d: %6d\n", b*50, b*50+49, histogram[b])
	}

	// Record holders: n whose step count exceeds all smaller n.
	var records []uint64
	rec := -1
	for n := uint64(1); n <= 1000; n++ {
		if s := c.Steps(n); s > rec {
			rec = s
			records = append(records, n)
		}
	}
	fmt.Println("record setters up to 1000:", records)
}
