package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

type counter struct{ cmps, swaps int }

func (c *counter) less(a, b int) bool { c.cmps++; return a < b }

type sorter struct {
	name string
	fn   func([]int, *counter)
}

func insertionSort(a []int, c *counter) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && c.less(a[j], a[j-1]); j-- {
			a[j], a[j-1] = a[j-1], a[j]
			c.swaps++
		}
	}
}

func mergeSort(a []int, c *counter) {
	if len(a) < 2 {
		return
	}
	mid := len(a) / 2
	left, right := slices.Clone(a[:mid]), slices.Clone(a[mid:])
	mergeSort(left, c)
	mergeSort(right, c)
	i, j, k := 0, 0, 0
	for i < len(left) && j < len(right) {
		if c.less(right[j], left[i]) {
			a[k] = right[j]
			j++
		} else {
			a[k] = left[i]
			i++
		}
		k++
	}
	k += copy(a[k:], left[i:])
	copy(a[k:], right[j:])
}

func quickSort(a []int, c *counter) {
	if len(a) < 2 {
		return
	}
	pivot := a[len(a)/2]
	a[len(a)/2], a[len(a)-1] = a[len(a)-1], a[len(a)/2]
	store := 0
	for i := 0; i < len(a)-1; i++ {
		if c.less(a[i], pivot) {
			a[i], a[store] = a[store], a[i]
			store++
			c.swaps++
		}
	}
	a[store], a[len(a)-1] = a[len(a)-1], a[store]
	quickSort(a[:store], c)
	quickSort(a[store+1:], c)
}

func heapSort(a []int, c *counter) {
	sift := func(root, end int) {
		for {
			child := 2*root + 1
			if child >= end {
				return
			}
			if child+1 < end && c.less(a[child], a[child+1]) {
				child++
			}
			if !c.less(a[root], a[child]) {
				return
			}
			a[root], a[child] = a[child], a[root]
			c.swaps++
			root = child
		}
	}
	for i := len(a)/2 - 1; i >= 0; i-- {
		sift(i, len(a))
	}
	for end := len(a) - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		c.swaps++
		sift(0, end)
	}
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	random := make([]int, 200)
	for i := range random {
		random[i] = r.IntN(1000) - 500
	}
	sorted := slices.Sorted(slices.Values(random))
	reversed := slices.Clone(sorted)
	slices.Reverse(reversed)
	inputs := []struct {
		name string
		data []int
	}{{"random", random}, {"sorted", sorted}, {"reversed", reversed}}

	sorters := []sorter{
		{"insertion", insertionSort},
		{"merge", mergeSort},
		{"quick", quickSort},
		{"heap", heapSort},
	}
	fmt.Println("first 10 random:", random[:10])
	fmt.Printf("%-10s", "algorithm")
	for _, in := range inputs {
		fmt.Printf(" | %-8s cmp %6s", in.name, "swp")
	}
	fmt.Println()
	for _, s := range sorters {
		fmt.Printf("%-10s", s.name)
		for _, in := range inputs {
			data := slices.Clone(in.data)
			var c counter
			s.fn(data, &c)
			if !slices.Equal(data, sorted) {
				fmt.Printf(" | WRONG RESULT")
				continue
			}
			fmt.Printf(" | %12d %6d", c.cmps, c.swaps)
		}
		fmt.Println()
	}
	small := []int{5, -2, 9, 0, -2, 7}
	var c counter
	quickSort(small, &c)
	fmt.Printf("small sorted: %v (%+v)\n", small, c)
}
