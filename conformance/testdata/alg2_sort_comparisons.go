package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
)

type sorter[T cmp.Ordered] struct {
	name string
	run  func(xs []T, less func(a, b T) bool) []T
}

func insertionSort[T cmp.Ordered](xs []T, less func(a, b T) bool) []T {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && less(xs[j], xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
	return xs
}

func shellSort[T cmp.Ordered](xs []T, less func(a, b T) bool) []T {
	gap := 1
	for gap < len(xs)/3 {
		gap = 3*gap + 1
	}
	for ; gap > 0; gap /= 3 {
		for i := gap; i < len(xs); i++ {
			for j := i; j >= gap && less(xs[j], xs[j-gap]); j -= gap {
				xs[j], xs[j-gap] = xs[j-gap], xs[j]
			}
		}
	}
	return xs
}

func mergeSort[T cmp.Ordered](xs []T, less func(a, b T) bool) []T {
	if len(xs) <= 1 {
		return slices.Clone(xs)
	}
	mid := len(xs) / 2
	left, right := mergeSort(xs[:mid], less), mergeSort(xs[mid:], less)
	out := make([]T, 0, len(xs))
	i, j := 0, 0
	for i < len(left) && j < len(right) {
		if less(right[j], left[i]) {
			out = append(out, right[j])
			j++
		} else {
			out = append(out, left[i])
			i++
		}
	}
	return append(append(out, left[i:]...), right[j:]...)
}

func heapSort[T cmp.Ordered](xs []T, less func(a, b T) bool) []T {
	sift := func(i, n int) {
		for {
			c := 2*i + 1
			if c >= n {
				return
			}
			if c+1 < n && less(xs[c], xs[c+1]) {
				c++
			}
			if !less(xs[i], xs[c]) {
				return
			}
			xs[i], xs[c] = xs[c], xs[i]
			i = c
		}
	}
	for i := len(xs)/2 - 1; i >= 0; i-- {
		sift(i, len(xs))
	}
	for end := len(xs) - 1; end > 0; end-- {
		xs[0], xs[end] = xs[end], xs[0]
		sift(0, end)
	}
	return xs
}

func measure[T cmp.Ordered](s sorter[T], input []T) ([]T, int) {
	comps := 0
	less := func(a, b T) bool {
		comps++
		return a < b
	}
	out := s.run(slices.Clone(input), less)
	return out, comps
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	random := make([]int, 16)
	for i := range random {
		random[i] = r.IntN(100)
	}
	sorted := slices.Sorted(slices.Values(random))
	reversed := slices.Clone(sorted)
	slices.Reverse(reversed)

	sorters := []sorter[int]{
		{"insertion", insertionSort[int]},
		{"shell", shellSort[int]},
		{"merge", mergeSort[int]},
		{"heap", heapSort[int]},
	}
	inputs := []struct {
		label string
		data  []int
	}{{"random", random}, {"sorted", sorted}, {"reversed", reversed}}

	fmt.Println("input:", random)
	for _, in := range inputs {
		fmt.Printf("-- %s --\n", in.label)
		for _, s := range sorters {
			out, comps := measure(s, in.data)
			fmt.Printf("%-10s comparisons=%3d ok=%v\n", s.name, comps, slices.Equal(out, sorted))
		}
	}

	words := []string{"pear", "fig", "apple", "kiwi", "banana", "date", "cherry"}
	ws := sorter[string]{"merge", mergeSort[string]}
	out, comps := measure(ws, words)
	fmt.Println("strings:", out, "comparisons:", comps)
}
