package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

// Floors yields floor numbers from 'from' to 'to' in travel order.
func Floors(from, to int) iter.Seq[int] {
	return func(yield func(int) bool) {
		step := 1
		if to < from {
			step = -1
		}
		for f := from; ; f += step {
			if !yield(f) {
				return
			}
			if f == to {
				return
			}
		}
	}
}

// Stops yields (floor, passengers-leaving) pairs only where the car stops.
func Stops(route iter.Seq[int], exits map[int]int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for f := range route {
			if n, ok := exits[f]; ok {
				if !yield(f, n) {
					return
				}
			}
		}
	}
}

// Take limits a sequence to n items.
func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func main() {
	fmt.Print("up 2->7:")
	for f := range Floors(2, 7) {
		fmt.Print(" ", f)
	}
	fmt.Println()

	fmt.Println("down 9->4:", slices.Collect(Floors(9, 4)))
	fmt.Println("first 3 of 0->20:", slices.Collect(Take(Floors(0, 20), 3)))

	exits := map[int]int{3: 2, 5: 1, 8: 4, 11: 3}
	left := 0
	for floor, n := range Stops(Floors(1, 12), exits) {
		left += n
		fmt.Printf("stop at %2d: %d leave (total %d)\n", floor, n, left)
	}

	// Early break stops the iterator cleanly.
	for f := range Floors(10, 0) {
		if f < 7 {
			fmt.Println("emergency stop at", f)
			break
		}
	}

	// maps.Keys returns an iter.Seq; sort it for stable output.
	keys := slices.Sorted(maps.Keys(exits))
	fmt.Println("stop floors:", keys)
	for i, v := range slices.Backward(keys) {
		fmt.Printf("backward[%d]=%d\n", i, v)
	}
	for i := range 3 {
		fmt.Println("range over int:", i)
	}
}
