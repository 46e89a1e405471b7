package main

import (
	"fmt"
	"sync"
)

// parallelPrefixSum computes inclusive prefix sums in three phases:
// 1. each block computes its local scan in parallel,
// 2. the block totals are scanned sequentially to get offsets,
// 3. each block adds its offset in parallel.
func parallelPrefixSum(in []int64, blocks int) []int64 {
	n := len(in)
	out := make([]int64, n)
	size := (n + blocks - 1) / blocks
	totals := make([]int64, blocks)

	var wg sync.WaitGroup
	for b := 0; b < blocks; b++ {
		lo, hi := b*size, min((b+1)*size, n)
		if lo >= hi {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			var sum int64
			for i := lo; i < hi; i++ {
				sum += in[i]
				out[i] = sum
			}
			totals[b] = sum
		}()
	}
	wg.Wait()

	offsets := make([]int64, blocks)
	for b := 1; b < blocks; b++ {
		offsets[b] = offsets[b-1] + totals[b-1]
	}

	for b := 1; b < blocks; b++ {
		lo, hi := b*size, min((b+1)*size, n)
		if lo >= hi {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				out[i] += offsets[b]
			}
		}()
	}
	wg.Wait()
	return out
}

func sequentialPrefixSum(in []int64) []int64 {
	out := make([]int64, len(in))
	var sum int64
	for i, v := range in {
		sum += v
		out[i] = sum
	}
	return out
}

func equal(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func main() {
	// deterministic pseudo-random input from a linear congruential generator
	data := make([]int64, 10000)
	x := uint32(12345)
	for i := range data {
		x = x*1103515245 + 12345
		data[i] = int64(x>>16)%201 - 100
	}

	want := sequentialPrefixSum(data)
	for _, blocks := range []int{1, 2, 3, 4, 7, 16, 64} {
		got := parallelPrefixSum(data, blocks)
		fmt.Printf("blocks=%-3d last=%-7d equal=%v\n", blocks, got[len(got)-1], equal(got, want))
	}

	fmt.Println("first ten inputs:", data[:10])
	fmt.Println("first ten sums:  ", want[:10])
	for _, i := range []int{99, 999, 4999, 9999} {
		fmt.Printf("prefix[%d] = %d\n", i, want[i])
	}

	// Small inputs and more blocks than elements.
	small := []int64{5, -2, 7, 1}
	fmt.Println("small, 8 blocks:", parallelPrefixSum(small, 8))
	ones := make([]int64, 13)
	for i := range ones {
		ones[i] = 1
	}
	fmt.Println("ones, 4 blocks:", parallelPrefixSum(ones, 4))

	// Range sums answered from the prefix array.
	rangeSum := func(p []int64, lo, hi int) int64 {
		if lo == 0 {
			return p[hi]
		}
		return p[hi] - p[lo-1]
	}
	fmt.Println("sum[100..199] =", rangeSum(want, 100, 199))
	fmt.Println("sum[5000..9999] =", rangeSum(want, 5000, 9999))
}
