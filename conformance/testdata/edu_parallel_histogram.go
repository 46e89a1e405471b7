// Lab 4: parallel histogram.
//
// Version A: each worker fills a private histogram and the private copies are
// merged at the end (privatisation - the usual fast approach).
// Version B: all workers share one histogram of atomic counters.
// Both are race-free and, because integer addition is commutative, both give
// exactly the same counts regardless of the goroutine schedule.
package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
)

const bins = 10

type Histogram [bins]int

// bin maps a score in [0,100) to one of the ten buckets.
func bin(score int) int { return score / 10 }

func privatised(scores []int, workers int) Histogram {
	locals := make([]Histogram, workers)
	var wg sync.WaitGroup
	chunk := (len(scores) + workers - 1) / workers
	for w := 0; w < workers; w++ {
		lo := min(w*chunk, len(scores))
		hi := min(lo+chunk, len(scores))
		wg.Add(1)
		go func(h *Histogram, part []int) {
			defer wg.Done()
			for _, s := range part {
				h[bin(s)]++
			}
		}(&locals[w], scores[lo:hi])
	}
	wg.Wait()
	var total Histogram
	for _, h := range locals {
		for b := range total {
			total[b] += h[b]
		}
	}
	return total
}

func shared(scores []int, workers int) Histogram {
	var counts [bins]atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Strided (cyclic) distribution instead of blocks, for variety.
			for i := w; i < len(scores); i += workers {
				counts[bin(scores[i])].Add(1)
			}
		}()
	}
	wg.Wait()
	var h Histogram
	for b := range h {
		h[b] = int(counts[b].Load())
	}
	return h
}

func main() {
	// Fixed seed: the "exam scores" are the same on every run.
	r := rand.New(rand.NewPCG(2024, 7))
	scores := make([]int, 5000)
	for i := range scores {
		// Sum of three uniform values gives a bell-ish shape.
		scores[i] = (r.IntN(100) + r.IntN(100) + r.IntN(100)) / 3
	}

	a := privatised(scores, 4)
	b := shared(scores, 6)
	fmt.Println("privatised == shared-atomic:", a == b)

	total := 0
	for i, c := range a {
		total += c
		fmt.Printf("%2d-%2d | %4d %s\n", i*10, i*10+9, c, strings.Repeat("#", c/25))
	}
	fmt.Println("total scores:", total)
}
