package main

import (
	"fmt"
	"math"
	"sync"
)

type Partial struct {
	Sum      int64
	Min, Max int64
	Count    int
}

func value(i int) int64 {
	return int64((i*7919)%10007) - 5000
}

func parallelStats(data []int64, workers int) (Partial, []Partial) {
	parts := make([]Partial, workers)
	var wg sync.WaitGroup
	chunk := (len(data) + workers - 1) / workers
	for w := 0; w < workers; w++ {
		lo := w * chunk
		hi := min(lo+chunk, len(data))
		wg.Go(func() {
			p := Partial{Min: math.MaxInt64, Max: math.MinInt64}
			for _, v := range data[lo:hi] {
				p.Sum += v
				p.Min = min(p.Min, v)
				p.Max = max(p.Max, v)
				p.Count++
			}
			parts[w] = p
		})
	}
	wg.Wait()
	total := Partial{Min: math.MaxInt64, Max: math.MinInt64}
	for _, p := range parts {
		total.Sum += p.Sum
		total.Count += p.Count
		if p.Count > 0 {
			total.Min = min(total.Min, p.Min)
			total.Max = max(total.Max, p.Max)
		}
	}
	return total, parts
}

func main() {
	const n = 200_000
	data := make([]int64, n)
	var seq int64
	for i := range data {
		data[i] = value(i)
		seq += data[i]
	}
	fmt.Println("elements:", n, "sequential sum:", seq)

	for _, w := range []int{1, 2, 3, 4, 7, 8, 16} {
		total, parts := parallelStats(data, w)
		fmt.Printf("workers=%-2d sum=%d min=%d max=%d count=%d match=%t\n",
			w, total.Sum, total.Min, total.Max, total.Count, total.Sum == seq)
		if w == 4 {
			for i, p := range parts {
				fmt.Printf("   part %d: sum=%-9d min=%-6d max=%d\n", i, p.Sum, p.Min, p.Max)
			}
		}
	}

	// Gauss check with a parallel sum of 1..m.
	const m = 100_000
	nums := make([]int64, m)
	for i := range nums {
		nums[i] = int64(i + 1)
	}
	total, _ := parallelStats(nums, 6)
	fmt.Println("sum 1..m:", total.Sum, "formula:", int64(m)*(m+1)/2)

	// Floating point: partials are combined in index order, so the
	// result is deterministic for a fixed number of workers.
	fl := make([]float64, 5000)
	for i := range fl {
		fl[i] = 1.0 / float64(i+1)
	}
	for _, w := range []int{1, 5} {
		partials := make([]float64, w)
		var wg sync.WaitGroup
		size := len(fl) / w
		for k := 0; k < w; k++ {
			wg.Go(func() {
				for _, x := range fl[k*size : (k+1)*size] {
					partials[k] += x
				}
			})
		}
		wg.Wait()
		s := 0.0
		for _, p := range partials {
			s += p
		}
		fmt.Printf("harmonic H(5000) with %d workers: %.10f\n", w, s)
	}
}
