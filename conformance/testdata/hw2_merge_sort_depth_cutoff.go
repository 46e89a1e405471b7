// Homework 2, problem 17: parallel merge sort with a depth cutoff.
// Spawning a goroutine for every tiny subarray costs more than it saves, so
// recursion runs in parallel only for the top `maxDepth` levels; below that
// (or below a size threshold) we sort sequentially.
package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"sync/atomic"
)

// Sorter carries the tuning knobs and statistics of one sort.
type Sorter struct {
	MaxDepth  int
	Threshold int
	spawned   atomic.Int32
}

func merge(dst, a, b []int) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			dst[k] = a[i]
			i++
		} else {
			dst[k] = b[j]
			j++
		}
		k++
	}
	k += copy(dst[k:], a[i:])
	copy(dst[k:], b[j:])
}

// sort sorts data using buf (same length) as scratch space.
func (s *Sorter) sort(data, buf []int, depth int) {
	if len(data) <= s.Threshold {
		slices.Sort(data)
		return
	}
	mid := len(data) / 2
	if depth < s.MaxDepth {
		var wg sync.WaitGroup
		s.spawned.Add(1)
		wg.Go(func() { s.sort(data[:mid], buf[:mid], depth+1) })
		s.sort(data[mid:], buf[mid:], depth+1) // current goroutine takes the other half
		wg.Wait()
	} else {
		s.sort(data[:mid], buf[:mid], depth+1)
		s.sort(data[mid:], buf[mid:], depth+1)
	}
	merge(buf, data[:mid], data[mid:])
	copy(data, buf)
}

func main() {
	r := rand.New(rand.NewPCG(2024, 11))
	data := make([]int, 3000)
	for i := range data {
		data[i] = r.IntN(10000)
	}
	ref := slices.Clone(data)
	slices.Sort(ref)

	fmt.Println("Parallel merge sort with depth cutoff, n =", len(data))
	for _, depth := range []int{0, 1, 2, 3} {
		work := slices.Clone(data)
		s := &Sorter{MaxDepth: depth, Threshold: 32}
		s.sort(work, make([]int, len(work)), 0)
		fmt.Printf("maxDepth=%d: goroutines spawned=%d, correct=%v\n",
			depth, s.spawned.Load(), slices.Equal(work, ref))
	}
	sum := 0
	for _, v := range ref {
		sum += v
	}
	fmt.Println("smallest five:", ref[:5])
	fmt.Println("largest five:", ref[len(ref)-5:])
	fmt.Println("checksum:", sum)
}
