package main

import (
	"container/heap"
	"fmt"
)

func emit(name string, values []int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for _, v := range values {
			ch <- v
		}
	}()
	return ch
}

type head struct {
	value  int
	source int
}

type minHeap []head

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].value != h[j].value {
		return h[i].value < h[j].value
	}
	return h[i].source < h[j].source
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(head)) }
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// kMerge merges sorted input streams into one sorted stream.
func kMerge(inputs []<-chan int) <-chan head {
	out := make(chan head)
	go func() {
		defer close(out)
		h := &minHeap{}
		for i, in := range inputs {
			if v, ok := <-in; ok {
				heap.Push(h, head{v, i})
			}
		}
		for h.Len() > 0 {
			top := heap.Pop(h).(head)
			out <- top
			if v, ok := <-inputs[top.source]; ok {
				heap.Push(h, head{v, top.source})
			}
		}
	}()
	return out
}

func dedupe(in <-chan head) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		first, last := true, 0
		for h := range in {
			if first || h.value != last {
				out <- h.value
			}
			first, last = false, h.value
		}
	}()
	return out
}

func main() {
	sources := [][]int{
		{1, 4, 9, 16, 25, 36, 49},
		{2, 3, 5, 7, 11, 13, 17, 19, 23},
		{1, 2, 3, 5, 8, 13, 21, 34},
		{},
		{10, 20, 30, 40},
	}
	names := []string{"squares", "primes", "fibonacci", "empty", "tens"}
	for i, s := range sources {
		fmt.Printf("source %d %-9s %v\n", i, names[i], s)
	}

	inputs := make([]<-chan int, len(sources))
	for i := range sources {
		inputs[i] = emit(names[i], sources[i])
	}
	fmt.Println("merged stream (value <- source):")
	count := 0
	for h := range kMerge(inputs) {
		fmt.Printf("  %2d <- %s\n", h.value, names[h.source])
		count++
	}
	fmt.Println("merged values:", count)

	inputs2 := make([]<-chan int, len(sources))
	for i := range sources {
		inputs2[i] = emit(names[i], sources[i])
	}
	var unique []int
	for v := range dedupe(kMerge(inputs2)) {
		unique = append(unique, v)
	}
	fmt.Println("unique:", unique)
	fmt.Println("unique count:", len(unique))

	// Receiving from a closed channel: ok reports false.
	c := emit("one", []int{42})
	v1, ok1 := <-c
	v2, ok2 := <-c
	fmt.Println("first receive:", v1, ok1, "second receive:", v2, ok2)
}
