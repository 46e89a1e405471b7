package main

import (
	"errors"
	"fmt"
	"slices"
)

var ErrNegative = errors.New("negative values not supported")

type Record struct {
	Key  int
	Name string
}

// countingSortBy is stable and sorts by key(x) in [0, k).
func countingSortBy[T any](xs []T, k int, key func(T) int) []T {
	count := make([]int, k+1)
	for _, x := range xs {
		count[key(x)+1]++
	}
	for i := 1; i <= k; i++ {
		count[i] += count[i-1]
	}
	out := make([]T, len(xs))
	for _, x := range xs {
		out[count[key(x)]] = x
		count[key(x)]++
	}
	return out
}

func radixSort(xs []uint32) []uint32 {
	out := slices.Clone(xs)
	for shift := 0; shift < 32; shift += 8 {
		out = countingSortBy(out, 256, func(v uint32) int { return int(v >> shift & 0xff) })
	}
	return out
}

func radixSortInts(xs []int) ([]int, error) {
	u := make([]uint32, len(xs))
	for i, x := range xs {
		if x < 0 {
			return nil, fmt.Errorf("radix sort at index %d (%d): %w", i, x, ErrNegative)
		}
		u[i] = uint32(x)
	}
	u = radixSort(u)
	res := make([]int, len(u))
	for i, v := range u {
		res[i] = int(v)
	}
	return res, nil
}

func main() {
	recs := []Record{{3, "c1"}, {1, "a1"}, {3, "c2"}, {0, "z"}, {1, "a2"}, {2, "b"}, {3, "c3"}}
	sorted := countingSortBy(recs, 4, func(r Record) int { return r.Key })
	fmt.Println("stable counting sort:", sorted)
	grades := []byte("BADCABBFAC")
	g := countingSortBy(grades, 256, func(b byte) int { return int(b) })
	fmt.Println("grades:", string(g))
	nums := []int{170, 45, 75, 90, 802, 24, 2, 66, 4_000_000_000, 65536, 255, 256}
	r, err := radixSortInts(nums)
	fmt.Println("radix:", r, err)
	fmt.Println("agrees with slices.Sort:", slices.Equal(r, slices.Sorted(slices.Values(nums))))
	_, err = radixSortInts([]int{5, -3, 2})
	fmt.Println("error:", err, errors.Is(err, ErrNegative))
	fmt.Println("empty:", radixSort(nil), len(radixSort(nil)))
}
