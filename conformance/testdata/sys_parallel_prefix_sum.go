package main

import (
	"fmt"
	"sync"
)

type Number interface {
	~int | ~int64 | ~float64
}

// PrefixSum computes inclusive prefix sums in three phases:
// per-block local scan, sequential scan of block totals, per-block offset add.
func PrefixSum[T Number](xs []T, blocks int) []T {
	out := make([]T, len(xs))
	copy(out, xs)
	size := (len(xs) + blocks - 1) / blocks
	totals := make([]T, blocks)
	var wg sync.WaitGroup
	bounds := func(b int) (int, int) { return min(b*size, len(xs)), min((b+1)*size, len(xs)) }
	for b := range blocks {
		wg.Go(func() {
			lo, hi := bounds(b)
			for i := lo + 1; i < hi; i++ {
				out[i] += out[i-1]
			}
			if hi > lo {
				totals[b] = out[hi-1]
			}
		})
	}
	wg.Wait()
	offsets := make([]T, blocks)
	for b := 1; b < blocks; b++ {
		offsets[b] = offsets[b-1] + totals[b-1]
	}
	for b := 1; b < blocks; b++ {
		wg.Go(func() {
			lo, hi := bounds(b)
			for i := lo; i < hi; i++ {
				out[i] += offsets[b]
			}
		})
	}
	wg.Wait()
	return out
}

func sequential[T Number](xs []T) []T {
	out := make([]T, len(xs))
	var acc T
	for i, x := range xs {
		acc += x
		out[i] = acc
	}
	return out
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func main() {
	small := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3}
	fmt.Println(PrefixSum(small, 3))
	big := make([]int64, 100_003)
	for i := range big {
		big[i] = int64(i%17 - 8)
	}
	for _, blocks := range []int{1, 4, 7, 16} {
		p := PrefixSum(big, blocks)
		s := sequential(big)
		eq := true
		for i := range p {
			if p[i] != s[i] {
				eq = false
			}
		}
		fmt.Printf("blocks=%2d last=%d matches=%v\n", blocks, p[len(p)-1], eq)
	}
	ledger := []Cents{1999, 250, -500, 12345, 1}
	fmt.Println(PrefixSum(ledger, 2))
	fmt.Println(PrefixSum([]float64{0.5, 0.25, 0.125}, 5))
}
