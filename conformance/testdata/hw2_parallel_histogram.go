// Homework 2, problem 1: parallel histogram.
// Each worker builds a private histogram of its chunk (no sharing, no locks),
// then the main goroutine merges the local counts sequentially.
package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
)

const (
	numValues  = 4000
	numBuckets = 10
	maxValue   = 100
	numWorkers = 4
)

// Histogram counts values into fixed-width buckets.
type Histogram struct {
	Buckets []int
	Width   int
}

// workerResult is the local histogram produced by one worker.
type workerResult struct {
	id     int
	counts []int
}

// generateData produces a reproducible data set using a fixed seed.
func generateData(n int) []int {
	r := rand.New(rand.NewPCG(42, 7))
	data := make([]int, n)
	for i := range data {
		// the average of two uniforms gives a triangle-shaped distribution
		data[i] = (r.IntN(maxValue) + r.IntN(maxValue)) / 2
	}
	return data
}

// localHistogram counts one chunk without touching shared state.
func localHistogram(id int, chunk []int, width int) workerResult {
	counts := make([]int, numBuckets)
	for _, v := range chunk {
		counts[v/width]++
	}
	return workerResult{id: id, counts: counts}
}

func parallelHistogram(data []int, workers int) (Histogram, []workerResult) {
	width := maxValue / numBuckets
	results := make([]workerResult, workers)
	chunk := (len(data) + workers - 1) / workers
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo := w * chunk
		hi := min(lo+chunk, len(data))
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[w] = localHistogram(w, data[lo:hi], width) // each writes its own slot
		}()
	}
	wg.Wait()
	// merge step runs after Wait, so no locking is needed
	h := Histogram{Buckets: make([]int, numBuckets), Width: width}
	for _, r := range results {
		for b, c := range r.counts {
			h.Buckets[b] += c
		}
	}
	return h, results
}

func sequentialHistogram(data []int) Histogram {
	width := maxValue / numBuckets
	h := Histogram{Buckets: make([]int, numBuckets), Width: width}
	for _, v := range data {
		h.Buckets[v/width]++
	}
	return h
}

func main() {
	data := generateData(numValues)
	par, locals := parallelHistogram(data, numWorkers)
	seq := sequentialHistogram(data)

	fmt.Println("Parallel histogram report")
	for _, r := range locals {
		total := 0
		for _, c := range r.counts {
			total += c
		}
		fmt.Printf("worker %d counted %d values\n", r.id, total)
	}
	match := true
	for b := range par.Buckets {
		lo := b * par.Width
		stars := strings.Repeat("*", par.Buckets[b]/20)
		fmt.Printf("[%2d,%3d) %4d %s\n", lo, lo+par.Width, par.Buckets[b], stars)
		if par.Buckets[b] != seq.Buckets[b] {
			match = false
		}
	}
	fmt.Println("matches sequential:", match)
}
