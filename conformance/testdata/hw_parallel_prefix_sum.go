package main

import (
	"fmt"
	"slices"
	"sync"
)

type Number interface{ ~int | ~int64 | ~float64 }

// PrefixSum computes an inclusive scan in two passes over p blocks.
func PrefixSum[T Number](xs []T, p int) []T {
	out := make([]T, len(xs))
	size := (len(xs) + p - 1) / p
	totals := make([]T, p)
	var wg sync.WaitGroup
	// pass 1: local scans of each block
	for b := range p {
		wg.Go(func() {
			var acc T
			for i := b * size; i < min((b+1)*size, len(xs)); i++ {
				acc += xs[i]
				out[i] = acc
			}
			totals[b] = acc
		})
	}
	wg.Wait()
	// sequential scan of block totals to get offsets
	offsets := make([]T, p)
	for b := 1; b < p; b++ {
		offsets[b] = offsets[b-1] + totals[b-1]
	}
	// pass 2: add offsets in parallel
	for b := 1; b < p; b++ {
		wg.Go(func() {
			for i := b * size; i < min((b+1)*size, len(xs)); i++ {
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

type Celsius int

func main() {
	xs := make([]int, 1000)
	for i := range xs {
		xs[i] = (i*31)%17 - 8
	}
	want := sequential(xs)
	for _, p := range []int{1, 2, 5, 8, 16} {
		got := PrefixSum(xs, p)
		fmt.Printf("p=%2d last=%d equal=%v\n", p, got[len(got)-1], slices.Equal(got, want))
	}
	fmt.Println("first ten:", PrefixSum(xs[:10], 3))
	temps := []Celsius{3, -1, 4, 1, -5, 9}
	fmt.Println("celsius scan:", PrefixSum(temps, 4))
	fmt.Println("float scan:", PrefixSum([]float64{0.5, 0.25, 0.125, 0.125}, 2))
}
