package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

// Merge combines two sorted sequences into one sorted sequence.
func Merge[T cmp.Ordered](a, b iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		nextA, stopA := iter.Pull(a)
		defer stopA()
		nextB, stopB := iter.Pull(b)
		defer stopB()

		va, okA := nextA()
		vb, okB := nextB()
		for okA || okB {
			var v T
			if okA && (!okB || va <= vb) {
				v = va
				va, okA = nextA()
			} else {
				v = vb
				vb, okB = nextB()
			}
			if !yield(v) {
				return
			}
		}
	}
}

// Multiples yields k, 2k, 3k, ... up to limit.
func Multiples(k, limit int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for n := k; n <= limit; n += k {
			if !yield(n) {
				return
			}
		}
	}
}

// Dedup drops consecutive duplicates.
func Dedup[T comparable](seq iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		first := true
		var prev T
		for v := range seq {
			if !first && v == prev {
				continue
			}
			first, prev = false, v
			if !yield(v) {
				return
			}
		}
	}
}

type Pair[K, V any] struct {
	Key K
	Val V
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq[Pair[A, B]] {
	return func(yield func(Pair[A, B]) bool) {
		nb, stop := iter.Pull(b)
		defer stop()
		for va := range a {
			vb, ok := nb()
			if !ok || !yield(Pair[A, B]{va, vb}) {
				return
			}
		}
	}
}

func main() {
	threesAndFives := Merge(Multiples(3, 30), Multiples(5, 30))
	fmt.Println("merged:", slices.Collect(threesAndFives))
	fmt.Println("dedup: ", slices.Collect(Dedup(threesAndFives)))

	words := Merge(slices.Values([]string{"ant", "cat", "eel"}), slices.Values([]string{"bee", "cow", "dog", "fox"}))
	for i, w := range slices.All(slices.Collect(words)) {
		fmt.Printf("word %d: %s\n", i, w)
	}

	for p := range Zip(Dedup(Merge(Multiples(2, 12), Multiples(3, 12))), slices.Values([]string{"a", "b", "c", "d", "e"})) {
		fmt.Printf("%s=%d\n", p.Val, p.Key)
	}

	// Manual pulling with early stop.
	next, stop := iter.Pull(Multiples(7, 1000))
	sum := 0
	for {
		v, ok := next()
		if !ok || v > 50 {
			break
		}
		sum += v
	}
	stop()
	_, ok := next()
	fmt.Println("sum of multiples of 7 up to 50:", sum, "| more after stop:", ok)
}
