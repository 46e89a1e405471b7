// Handout 23: a batching pipeline.
// Stage 1 emits readings, stage 2 groups them into fixed-size batches,
// stage 3 is a small pool summarising batches. Summaries are indexed by
// batch number so the report is printed in order.
package main

import (
	"fmt"
	"sync"
)

type Batch struct {
	Index  int
	Values []int
}

type Summary struct {
	Index         int
	Min, Max, Sum int
	Count         int
}

func (s Summary) Mean() float64 { return float64(s.Sum) / float64(s.Count) }

func readings(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		x := uint32(17)
		for range n {
			x = x*1664525 + 1013904223 // classic LCG, wraps mod 2^32
			out <- int(x>>16) % 1000
		}
	}()
	return out
}

func batcher(in <-chan int, size int) <-chan Batch {
	out := make(chan Batch)
	go func() {
		defer close(out)
		var cur []int
		idx := 0
		for v := range in {
			cur = append(cur, v)
			if len(cur) == size {
				out <- Batch{idx, cur}
				idx++
				cur = nil
			}
		}
		if len(cur) > 0 {
			out <- Batch{idx, cur}
		}
	}()
	return out
}

func summarise(b Batch) Summary {
	s := Summary{Index: b.Index, Min: b.Values[0], Max: b.Values[0], Count: len(b.Values)}
	for _, v := range b.Values {
		s.Min, s.Max, s.Sum = min(s.Min, v), max(s.Max, v), s.Sum+v
	}
	return s
}

func main() {
	const n, size, workers = 103, 8, 3
	batches := batcher(readings(n), size)
	summaries := make([]Summary, (n+size-1)/size)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for b := range batches {
				summaries[b.Index] = summarise(b)
			}
		})
	}
	wg.Wait()

	total, count := 0, 0
	for _, s := range summaries {
		fmt.Printf("batch %2d: n=%d min=%3d max=%3d sum=%4d mean=%6.2f\n",
			s.Index, s.Count, s.Min, s.Max, s.Sum, s.Mean())
		total += s.Sum
		count += s.Count
	}
	fmt.Printf("batches=%d readings=%d overall mean=%.3f\n", len(summaries), count, float64(total)/float64(count))
}
