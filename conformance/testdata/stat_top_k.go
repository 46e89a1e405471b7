package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"
	"strings"
)

type Entry struct {
	Key   string
	Count int
}

// minHeap keeps the smallest count on top so we can evict it.
type minHeap []Entry

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].Count != h[j].Count {
		return h[i].Count < h[j].Count
	}
	return h[i].Key > h[j].Key
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(Entry)) }
func (h *minHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}

func byCountThenKey(a, b Entry) int {
	if c := cmp.Compare(b.Count, a.Count); c != 0 {
		return c
	}
	return cmp.Compare(a.Key, b.Key)
}

func TopKHeap(counts map[string]int, k int) []Entry {
	h := &minHeap{}
	keys := make([]string, 0, len(counts))
	for key := range counts {
		keys = append(keys, key)
	}
	slices.Sort(keys)
	for _, key := range keys {
		heap.Push(h, Entry{key, counts[key]})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := []Entry(*h)
	slices.SortFunc(out, byCountThenKey)
	return out
}

func TopKGeneric[T any](xs []T, k int, cmpFn func(a, b T) int) []T {
	c := slices.Clone(xs)
	slices.SortFunc(c, cmpFn)
	return c[:min(k, len(c))]
}

func main() {
	text := `the quick brown fox jumps over the lazy dog the dog barks
	and the fox runs away quick as a fox can while the dog sleeps
	a lazy afternoon for a lazy dog and a quick fox`
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	fmt.Println("distinct words:", len(counts))
	for _, k := range []int{3, 5, 8} {
		fmt.Printf("top %d:\n", k)
		for i, e := range TopKHeap(counts, k) {
			fmt.Printf("  %d. %-10s %2d %s\n", i+1, e.Key, e.Count, strings.Repeat("*", e.Count))
		}
	}
	temps := []float64{21.5, 33.1, 28.7, 35.4, 19.2, 30.0, 35.4, 26.3}
	hottest := TopKGeneric(temps, 3, func(a, b float64) int { return cmp.Compare(b, a) })
	coldest := TopKGeneric(temps, 3, cmp.Compare[float64])
	fmt.Printf("hottest 3: %v\ncoldest 3: %v\n", hottest, coldest)
	fmt.Printf("top-k of 20 from 8: %d items\n", len(TopKGeneric(temps, 20, cmp.Compare[float64])))
}
