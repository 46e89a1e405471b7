package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

// LIS returns one longest strictly increasing subsequence using patience sorting.
func LIS[T cmp.Ordered](xs []T) []T {
	var tops []int // index into xs of top card of each pile
	prev := make([]int, len(xs))
	for i, x := range xs {
		p := sort.Search(len(tops), func(k int) bool { return xs[tops[k]] >= x })
		if p > 0 {
			prev[i] = tops[p-1]
		} else {
			prev[i] = -1
		}
		if p == len(tops) {
			tops = append(tops, i)
		} else {
			tops[p] = i
		}
	}
	if len(tops) == 0 {
		return nil
	}
	out := make([]T, 0, len(tops))
	for i := tops[len(tops)-1]; i >= 0; i = prev[i] {
		out = append(out, xs[i])
	}
	slices.Reverse(out)
	return out
}

type Piles[T cmp.Ordered] [][]T

func patiencePiles[T cmp.Ordered](xs []T) Piles[T] {
	var piles Piles[T]
	for _, x := range xs {
		p := sort.Search(len(piles), func(k int) bool { return piles[k][len(piles[k])-1] >= x })
		if p == len(piles) {
			piles = append(piles, nil)
		}
		piles[p] = append(piles[p], x)
	}
	return piles
}

func (p Piles[T]) String() string {
	s := ""
	for i, pile := range p {
		s += fmt.Sprintf("pile %d: %v\n", i, pile)
	}
	return s
}

func main() {
	nums := []int{10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20}
	fmt.Print(patiencePiles(nums))
	l := LIS(nums)
	fmt.Println("LIS:", l, "len", len(l))
	words := []string{"pear", "apple", "fig", "grape", "banana", "kiwi", "cherry", "lemon"}
	fmt.Println("LIS words:", LIS(words))
	fmt.Println("LIS empty:", LIS([]float64{}))
	fmt.Println("LIS desc:", LIS([]int{5, 4, 3, 2, 1}))
	fmt.Println("LIS dup:", LIS([]int{2, 2, 2, 3, 3}))
}
