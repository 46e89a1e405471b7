// Homework 2, problem 16: parallel prefix sum (inclusive scan).
// Three-step blocked algorithm:
//  1. each worker scans its own block locally (parallel),
//  2. an exclusive scan of the block totals gives each block's offset (serial, tiny),
//  3. each worker adds its offset to every element of its block (parallel).
package main

import (
	"fmt"
	"sync"
)

// Block is the slice of indices [Lo, Hi) handled by one worker.
type Block struct {
	Lo, Hi int
	Total  int
	Offset int
}

func makeBlocks(n, workers int) []Block {
	blocks := make([]Block, workers)
	for w := range blocks {
		blocks[w] = Block{Lo: w * n / workers, Hi: (w + 1) * n / workers}
	}
	return blocks
}

func parallelScan(in []int, workers int) ([]int, []Block) {
	out := make([]int, len(in))
	blocks := makeBlocks(len(in), workers)
	var wg sync.WaitGroup
	// phase 1: local inclusive scans
	for w := range blocks {
		b := &blocks[w]
		wg.Go(func() {
			run := 0
			for i := b.Lo; i < b.Hi; i++ {
				run += in[i]
				out[i] = run
			}
			b.Total = run
		})
	}
	wg.Wait()
	// phase 2: exclusive scan of block totals
	acc := 0
	for w := range blocks {
		blocks[w].Offset = acc
		acc += blocks[w].Total
	}
	// phase 3: add offsets
	for w := range blocks {
		b := blocks[w]
		wg.Go(func() {
			for i := b.Lo; i < b.Hi; i++ {
				out[i] += b.Offset
			}
		})
	}
	wg.Wait()
	return out, blocks
}

func sequentialScan(in []int) []int {
	out := make([]int, len(in))
	run := 0
	for i, v := range in {
		run += v
		out[i] = run
	}
	return out
}

func main() {
	const n = 1000
	in := make([]int, n)
	for i := range in {
		in[i] = i%7 + 1 - (i%3)*2
	}
	par, blocks := parallelScan(in, 4)
	seq := sequentialScan(in)

	fmt.Println("Blocked parallel prefix sum, n =", n)
	for w, b := range blocks {
		fmt.Printf("block %d [%4d,%4d): total %4d offset %4d\n", w, b.Lo, b.Hi, b.Total, b.Offset)
	}
	for _, i := range []int{0, 1, 2, 249, 250, 499, 750, 999} {
		fmt.Printf("prefix[%3d] = %d\n", i, par[i])
	}
	mismatches := 0
	for i := range par {
		if par[i] != seq[i] {
			mismatches++
		}
	}
	fmt.Println("mismatches vs sequential:", mismatches)
}
