package main

import (
	"container/heap"
	"fmt"
	"strings"
)

// source emits an ascending sequence start, start+step, ... on its own goroutine.
func source(start, step, count int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < count; i++ {
			out <- start + i*step
		}
	}()
	return out
}

// merge2 merges two sorted channels into one sorted channel.
func merge2(a, b <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		va, okA := <-a
		vb, okB := <-b
		for okA || okB {
			if okA && (!okB || va <= vb) {
				out <- va
				va, okA = <-a
			} else {
				out <- vb
				vb, okB = <-b
			}
		}
	}()
	return out
}

// mergeTree merges many channels by pairing them up recursively.
func mergeTree(chs []<-chan int) <-chan int {
	switch len(chs) {
	case 0:
		c := make(chan int)
		close(c)
		return c
	case 1:
		return chs[0]
	}
	mid := len(chs) / 2
	return merge2(mergeTree(chs[:mid]), mergeTree(chs[mid:]))
}

// item is one head value in the heap-based k-way merge.
type item struct{ val, src int }
type minHeap []item

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].val != h[j].val {
		return h[i].val < h[j].val
	}
	return h[i].src < h[j].src
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(item)) }
func (h *minHeap) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}

func mergeHeap(chs []<-chan int) []item {
	h := &minHeap{}
	for i, c := range chs {
		if v, ok := <-c; ok {
			heap.Push(h, item{v, i})
		}
	}
	var out []item
	for h.Len() > 0 {
		it := heap.Pop(h).(item)
		out = append(out, it)
		if v, ok := <-chs[it.src]; ok {
			heap.Push(h, item{v, it.src})
		}
	}
	return out
}

func sources() []<-chan int {
	return []<-chan int{
		source(1, 7, 6),
		source(0, 5, 8),
		source(3, 3, 10),
		source(100, 1, 0), // empty source
		source(2, 11, 4),
	}
}

func main() {
	var merged []int
	for v := range mergeTree(sources()) {
		merged = append(merged, v)
	}
	fmt.Println("tree merge count:", len(merged))
	for i := 0; i < len(merged); i += 10 {
		fmt.Println(" ", merged[i:min(i+10, len(merged))])
	}

	items := mergeHeap(sources())
	same := len(items) == len(merged)
	for i := range items {
		if same && items[i].val != merged[i] {
			same = false
		}
	}
	fmt.Println("heap merge agrees:", same)

	var b strings.Builder
	for _, it := range items[:15] {
		fmt.Fprintf(&b, "%d(s%d) ", it.val, it.src)
	}
	fmt.Println("with sources:", strings.TrimSpace(b.String()))

	dups := 0
	for i := 1; i < len(merged); i++ {
		if merged[i] == merged[i-1] {
			dups++
		}
	}
	fmt.Println("adjacent duplicates:", dups)
	fmt.Println("empty merge has values:", len(mergeHeap(nil)) > 0)
}
