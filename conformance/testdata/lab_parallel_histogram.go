// Lab 7: parallel histogram. Each worker fills a private map for its slice
// of the input; the maps are merged once all workers are done, so the hot
// loop needs no locking at all.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

type Bucket int

func (b Bucket) String() string {
	lo := int(b) * 10
	return fmt.Sprintf("[%2d,%3d)", lo, lo+10)
}

type Histogram map[Bucket]int

func (h Histogram) Merge(other Histogram) {
	for k, v := range other {
		h[k] += v
	}
}

func (h Histogram) Total() int {
	t := 0
	for _, v := range h {
		t += v
	}
	return t
}

func parallelHistogram(data []int, workers int) Histogram {
	locals := make([]Histogram, workers)
	chunk := (len(data) + workers - 1) / workers
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			local := Histogram{}
			lo := min(w*chunk, len(data))
			hi := min(lo+chunk, len(data))
			for _, x := range data[lo:hi] {
				local[Bucket(x/10)]++
			}
			locals[w] = local
		})
	}
	wg.Wait()
	result := Histogram{}
	for _, l := range locals {
		result.Merge(l)
	}
	return result
}

func main() {
	data := make([]int, 1000)
	x := uint32(7)
	for i := range data {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		// sum of two values gives a triangular-ish shape over [0,100)
		data[i] = int(x%50) + int((x>>8)%50)
	}

	seq := parallelHistogram(data, 1)
	par := parallelHistogram(data, 6)
	fmt.Println("same as sequential:", maps.Equal(seq, par))
	fmt.Println("total:", par.Total())

	for _, b := range slices.Sorted(maps.Keys(par)) {
		n := par[b]
		fmt.Printf("%v %4d %s\n", b, n, strings.Repeat("#", n/5))
	}
}
