// Handout 17: a blocked parallel prefix sum (inclusive scan).
// Pass 1: each worker scans its own block. Pass 2 (sequential): compute
// block offsets. Pass 3: each worker adds its offset to its block.
package main

import (
	"fmt"
	"sync"
)

type block struct{ lo, hi int }

func split(n, p int) []block {
	bs := make([]block, 0, p)
	for i := range p {
		bs = append(bs, block{i * n / p, (i + 1) * n / p})
	}
	return bs
}

func parallelFor(bs []block, body func(k int, b block)) {
	var wg sync.WaitGroup
	for k, b := range bs {
		wg.Go(func() { body(k, b) })
	}
	wg.Wait()
}

func ParallelScan(in []int, p int) []int {
	out := make([]int, len(in))
	bs := split(len(in), p)
	totals := make([]int, len(bs))

	parallelFor(bs, func(k int, b block) {
		acc := 0
		for i := b.lo; i < b.hi; i++ {
			acc += in[i]
			out[i] = acc
		}
		totals[k] = acc
	})

	offsets := make([]int, len(bs))
	for k := 1; k < len(bs); k++ {
		offsets[k] = offsets[k-1] + totals[k-1]
	}

	parallelFor(bs, func(k int, b block) {
		for i := b.lo; i < b.hi; i++ {
			out[i] += offsets[k]
		}
	})
	return out
}

func sequentialScan(in []int) []int {
	out := make([]int, len(in))
	acc := 0
	for i, v := range in {
		acc += v
		out[i] = acc
	}
	return out
}

func main() {
	in := make([]int, 20)
	for i := range in {
		in[i] = (i*7+3)%11 - 4
	}
	par := ParallelScan(in, 4)
	seq := sequentialScan(in)
	for i := range in {
		fmt.Printf("i=%2d x=%3d scan=%4d check=%v\n", i, in[i], par[i], par[i] == seq[i])
	}

	big := make([]int, 10000)
	for i := range big {
		big[i] = i % 13
	}
	for _, p := range []int{1, 3, 8} {
		got := ParallelScan(big, p)
		fmt.Printf("p=%d last=%d matches=%v\n", p, got[len(got)-1], got[len(got)-1] == sequentialScan(big)[len(big)-1])
	}
}
