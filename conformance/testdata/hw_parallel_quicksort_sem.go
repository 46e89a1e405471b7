package main

import (
	"fmt"
	"slices"
	"sync"
)

type Semaphore chan struct{}

func (s Semaphore) TryAcquire() bool {
	select {
	case s <- struct{}{}:
		return true
	default:
		return false
	}
}

func (s Semaphore) Release() { <-s }

func partition(xs []int) int {
	pivot := xs[len(xs)/2]
	xs[len(xs)/2], xs[len(xs)-1] = xs[len(xs)-1], xs[len(xs)/2]
	store := 0
	for i := range len(xs) - 1 {
		if xs[i] < pivot {
			xs[i], xs[store] = xs[store], xs[i]
			store++
		}
	}
	xs[store], xs[len(xs)-1] = xs[len(xs)-1], xs[store]
	return store
}

func quicksort(xs []int, sem Semaphore, wg *sync.WaitGroup) {
	for len(xs) > 16 {
		p := partition(xs)
		left, right := xs[:p], xs[p+1:]
		if sem.TryAcquire() {
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer sem.Release()
				quicksort(left, sem, wg)
			}()
		} else {
			quicksort(left, sem, wg)
		}
		xs = right
	}
	slices.Sort(xs) // small slices: insertion-style finish
}

func ParallelQuicksort(xs []int, maxGoroutines int) {
	sem := make(Semaphore, maxGoroutines)
	var wg sync.WaitGroup
	quicksort(xs, sem, &wg)
	wg.Wait()
}

func main() {
	data := make([]int, 20000)
	x := uint64(7)
	for i := range data {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		data[i] = int(x % 100000)
	}
	want := slices.Clone(data)
	slices.Sort(want)
	for _, limit := range []int{1, 2, 4, 8} {
		got := slices.Clone(data)
		ParallelQuicksort(got, limit)
		fmt.Printf("limit=%d sorted=%v equal=%v\n", limit, slices.IsSorted(got), slices.Equal(got, want))
	}
	fmt.Println("min, median, max:", want[0], want[len(want)/2], want[len(want)-1])
}
