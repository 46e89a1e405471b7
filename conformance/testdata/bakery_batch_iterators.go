package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Batch struct {
	Product string
	Count   int
}

// Batches splits an order of n items into batches that fit one tray.
func Batches(product string, n, trayCap int) iter.Seq[Batch] {
	return func(yield func(Batch) bool) {
		for n > 0 {
			c := min(n, trayCap)
			if !yield(Batch{product, c}) {
				return
			}
			n -= c
		}
	}
}

// Numbered pairs each value with a 1-based position.
func Numbered[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 1
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

// Filter keeps only the values for which keep returns true.
func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

// Proofing yields rising dough volumes until they pass the target.
func Proofing(start, rate, target float64) iter.Seq[float64] {
	return func(yield func(float64) bool) {
		for v := start; v < target; v *= rate {
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	for i, b := range Numbered(Batches("croissant", 50, 18)) {
		fmt.Printf("tray %d: %d %s\n", i, b.Count, b.Product)
	}

	partial := Filter(Batches("muffin", 40, 12), func(b Batch) bool { return b.Count < 12 })
	for b := range partial {
		fmt.Println("partial tray:", b.Count)
	}

	// Stop early: break ends the iterator via yield returning false.
	for i, b := range Numbered(Batches("bagel", 1000, 24)) {
		if i > 3 {
			fmt.Println("...stopping after 3 trays")
			break
		}
		fmt.Println("bagel tray", i, "holds", b.Count)
	}

	all := slices.Collect(Batches("scone", 30, 8))
	fmt.Printf("collected %d scone trays: %v\n", len(all), all)

	for v := range Proofing(1.0, 1.3, 2.0) {
		fmt.Printf("dough volume %.2fx\n", v)
	}

	stock := map[string]int{"rye": 4, "spelt": 0, "wheat": 9}
	for _, k := range slices.Sorted(maps.Keys(stock)) {
		fmt.Printf("%-6s|%s\n", k, strings.Repeat("#", stock[k]))
	}

	words := strings.Fields("knead fold shape proof bake")
	var steps []string
	for i, w := range slices.Backward(words) {
		steps = append(steps, fmt.Sprintf("%d:%s", i, w))
	}
	fmt.Println(strings.Join(steps, " "))
	for part := range strings.SplitSeq("flour,water,salt", ",") {
		fmt.Print("[", part, "]")
	}
	fmt.Println()
}
