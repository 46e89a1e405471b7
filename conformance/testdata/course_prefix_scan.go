// Lab 8g: parallel prefix sum (inclusive scan) in three phases.
//
//	phase 1 (parallel): every worker scans its own block;
//	phase 2 (serial):   scan the block totals to get each block's offset;
//	phase 3 (parallel): every worker adds its offset to its block.
//
// Each phase ends with wg.Wait(), which acts as the barrier.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type Scanner struct {
	Workers int
	Ops     []int // additions performed by each worker, both phases together
}

func (s *Scanner) forEachBlock(n int, body func(w, lo, hi int)) {
	var wg sync.WaitGroup
	size := (n + s.Workers - 1) / s.Workers
	for w := 0; w < s.Workers; w++ {
		lo, hi := min(w*size, n), min((w+1)*size, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			body(w, lo, hi)
		}()
	}
	wg.Wait()
}

func (s *Scanner) Scan(data []int64) []int64 {
	out := slices.Clone(data)
	s.Ops = make([]int, s.Workers)
	totals := make([]int64, s.Workers)

	s.forEachBlock(len(out), func(w, lo, hi int) {
		for i := lo + 1; i < hi; i++ {
			out[i] += out[i-1]
			s.Ops[w]++
		}
		if hi > lo {
			totals[w] = out[hi-1]
		}
	})

	offsets := make([]int64, s.Workers)
	for w := 1; w < s.Workers; w++ {
		offsets[w] = offsets[w-1] + totals[w-1]
	}

	s.forEachBlock(len(out), func(w, lo, hi int) {
		if offsets[w] == 0 {
			return
		}
		for i := lo; i < hi; i++ {
			out[i] += offsets[w]
			s.Ops[w]++
		}
	})
	return out
}

func sequentialScan(data []int64) []int64 {
	out := make([]int64, len(data))
	var acc int64
	for i, v := range data {
		acc += v
		out[i] = acc
	}
	return out
}

func main() {
	small := []int64{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7}
	sc := &Scanner{Workers: 4}
	fmt.Println("input: ", small)
	fmt.Println("scan:  ", sc.Scan(small))
	fmt.Println("ops per worker:", sc.Ops)

	big := make([]int64, 200000)
	for i := range big {
		big[i] = int64((i*37)%101) - 50
	}
	want := sequentialScan(big)
	fmt.Printf("%8s %8s %10s %10s %8s\n", "workers", "correct", "total ops", "max ops", "last")
	for _, w := range []int{1, 2, 4, 8, 16} {
		s := &Scanner{Workers: w}
		got := s.Scan(big)
		total, most := 0, 0
		for _, o := range s.Ops {
			total += o
			most = max(most, o)
		}
		fmt.Printf("%8d %8v %10d %10d %8d\n", w, slices.Equal(got, want), total, most, got[len(got)-1])
	}
	fmt.Println("the parallel scan does about twice the additions,")
	fmt.Println("but the critical path (max ops) shrinks once there are more than two workers.")

	// Edge cases: fewer elements than workers, and an empty slice.
	tiny := &Scanner{Workers: 8}
	fmt.Println("tiny:", tiny.Scan([]int64{10, 20, 30}), "empty:", len(tiny.Scan(nil)))
}
