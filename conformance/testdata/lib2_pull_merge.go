package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

// Merge combines two ascending sequences into one ascending sequence.
func Merge[T cmp.Ordered](a, b iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		na, stopA := iter.Pull(a)
		defer stopA()
		nb, stopB := iter.Pull(b)
		defer stopB()
		va, okA := na()
		vb, okB := nb()
		for okA || okB {
			if okA && (!okB || va <= vb) {
				if !yield(va) {
					return
				}
				va, okA = na()
			} else {
				if !yield(vb) {
					return
				}
				vb, okB = nb()
			}
		}
	}
}

func Multiples(k, limit int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for x := k; x <= limit; x += k {
			if !yield(x) {
				return
			}
		}
	}
}

func Dedup[T comparable](seq iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		first := true
		var prev T
		for v := range seq {
			if first || v != prev {
				if !yield(v) {
					return
				}
			}
			first, prev = false, v
		}
	}
}

// Pairwise yields consecutive pairs using iter.Pull2 on an indexed sequence.
func Pairwise[T any](s []T) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		next, stop := iter.Pull2(slices.All(s))
		defer stop()
		_, prev, ok := next()
		if !ok {
			return
		}
		for {
			_, cur, ok := next()
			if !ok || !yield(prev, cur) {
				return
			}
			prev = cur
		}
	}
}

func main() {
	m := Merge(Multiples(3, 20), Multiples(5, 20))
	fmt.Println("merged:", slices.Collect(m))
	fmt.Println("dedup: ", slices.Collect(Dedup(m)))

	a := slices.Values([]string{"apple", "fig", "pear"})
	b := slices.Values([]string{"banana", "cherry", "grape", "zucchini"})
	fmt.Println("words: ", slices.Collect(Merge(a, b)))

	three := Merge(Merge(Multiples(2, 12), Multiples(3, 12)), Multiples(7, 14))
	for v := range Dedup(three) {
		if v > 9 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	next, stop := iter.Pull(Multiples(4, 100))
	for range 3 {
		v, ok := next()
		fmt.Print(v, ok, "; ")
	}
	stop()
	v, ok := next()
	fmt.Println("after stop:", v, ok)

	temps := []float64{12.5, 14, 13, 17.5, 17.5, 11}
	for prev, cur := range Pairwise(temps) {
		trend := "="
		switch cmp.Compare(cur, prev) {
		case 1:
			trend = "up"
		case -1:
			trend = "down"
		}
		fmt.Printf("%5.1f -> %5.1f %s\n", prev, cur, trend)
	}
	count := 0
	for range Pairwise([]int{1}) {
		count++
	}
	fmt.Println("pairs of single:", count)

	var empty iter.Seq[int] = func(func(int) bool) {}
	fmt.Println("empty merge:", slices.Collect(Merge(empty, Multiples(10, 30))))
}
