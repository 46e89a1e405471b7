package main

import (
	"cmp"
	"fmt"
	"slices"
)

func Emit[T any](vals ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, v := range vals {
			ch <- v
		}
	}()
	return ch
}

// Merge2 merges two ascending channels into one ascending channel.
func Merge2[T cmp.Ordered](a, b <-chan T) <-chan T {
	out := make(chan T)
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

// MergeAll builds a balanced tree of Merge2 goroutines.
func MergeAll[T cmp.Ordered](chans ...<-chan T) <-chan T {
	switch len(chans) {
	case 0:
		return Emit[T]()
	case 1:
		return chans[0]
	}
	mid := len(chans) / 2
	return Merge2(MergeAll(chans[:mid]...), MergeAll(chans[mid:]...))
}

func Drain[T any](c <-chan T) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

func main() {
	lists := [][]int{
		{1, 4, 9, 16, 25},
		{2, 3, 5, 7, 11, 13},
		{},
		{0, 4, 8, 12},
		{6},
		{-3, 100},
	}
	var chans []<-chan int
	total := 0
	for _, l := range lists {
		chans = append(chans, Emit(l...))
		total += len(l)
	}
	merged := Drain(MergeAll(chans...))
	fmt.Println(merged)
	fmt.Println("count:", len(merged), "expected:", total, "sorted:", slices.IsSorted(merged))

	words := Drain(MergeAll(
		Emit("ant", "cat", "emu"),
		Emit("bee", "cow", "dog", "yak"),
		Emit("ape", "zebu"),
	))
	fmt.Println(words)
	fmt.Println("single:", Drain(MergeAll(Emit(3.5, 7.25))))
	fmt.Println("none:", len(Drain(MergeAll[string]())))
}
