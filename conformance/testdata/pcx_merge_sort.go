package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

const threshold = 2048

var spawned atomic.Int32

func merge(dst, left, right []int) {
	i, j, k := 0, 0, 0
	for i < len(left) && j < len(right) {
		if left[i] <= right[j] {
			dst[k] = left[i]
			i++
		} else {
			dst[k] = right[j]
			j++
		}
		k++
	}
	k += copy(dst[k:], left[i:])
	copy(dst[k:], right[j:])
}

func insertionSort(s []int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// parallelMergeSort sorts s using buf as scratch space. It forks a
// goroutine for the left half while depth allows.
func parallelMergeSort(s, buf []int, depth int) {
	if len(s) <= 32 {
		insertionSort(s)
		return
	}
	mid := len(s) / 2
	if depth > 0 && len(s) > threshold {
		var wg sync.WaitGroup
		wg.Add(1)
		spawned.Add(1)
		go func() {
			defer wg.Done()
			parallelMergeSort(s[:mid], buf[:mid], depth-1)
		}()
		parallelMergeSort(s[mid:], buf[mid:], depth-1)
		wg.Wait()
	} else {
		parallelMergeSort(s[:mid], buf[:mid], 0)
		parallelMergeSort(s[mid:], buf[mid:], 0)
	}
	copy(buf, s)
	merge(s, buf[:mid], buf[mid:])
}

type lcg struct{ state uint64 }

func (g *lcg) next() int {
	g.state = g.state*6364136223846793005 + 1442695040888963407
	return int(g.state>>33) % 1000000
}

func main() {
	gen := &lcg{state: 2024}
	data := make([]int, 60000)
	for i := range data {
		data[i] = gen.next()
	}
	expected := slices.Clone(data)
	slices.Sort(expected)

	for _, depth := range []int{0, 1, 3, 5} {
		spawned.Store(0)
		s := slices.Clone(data)
		parallelMergeSort(s, make([]int, len(s)), depth)
		fmt.Printf("depth %d: goroutines=%2d sorted=%v equal=%v\n",
			depth, spawned.Load(), slices.IsSorted(s), slices.Equal(s, expected))
	}

	s := slices.Clone(data)
	parallelMergeSort(s, make([]int, len(s)), 4)
	fmt.Println("first 8:", s[:8])
	fmt.Println("last 8: ", s[len(s)-8:])
	fmt.Println("median:", s[len(s)/2])

	dups := 0
	for i := 1; i < len(s); i++ {
		if s[i] == s[i-1] {
			dups++
		}
	}
	fmt.Println("adjacent duplicates:", dups)

	small := []int{5, -3, 9, 0, 12, -7, 4, 4, 1}
	parallelMergeSort(small, make([]int, len(small)), 2)
	fmt.Printf("small: %v\n", small)
}
