package main

import (
	"cmp"
	"fmt"
	"slices"
)

// Number is any type we can average.
type Number interface {
	~int | ~int64 | ~float64
}

type Score int

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	var total float64
	for _, x := range xs {
		total += float64(x)
	}
	return total / float64(len(xs))
}

func Median[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	sorted := slices.Clone(xs)
	slices.Sort(sorted)
	mid := len(sorted) / 2
	if len(sorted)%2 == 1 {
		return float64(sorted[mid])
	}
	return (float64(sorted[mid-1]) + float64(sorted[mid])) / 2
}

// Modes returns every value that appears the maximum number of times.
func Modes[T cmp.Ordered](xs []T) ([]T, int) {
	counts := make(map[T]int)
	best := 0
	for _, x := range xs {
		counts[x]++
		best = max(best, counts[x])
	}
	var modes []T
	for v, c := range counts {
		if c == best {
			modes = append(modes, v)
		}
	}
	slices.Sort(modes)
	return modes, best
}

func report[T Number](name string, xs []T) {
	modes, count := Modes(xs)
	fmt.Printf("%-12s n=%-3d type=%T\n", name, len(xs), xs)
	fmt.Printf("  values: %v\n", xs)
	fmt.Printf("  mean:   %8.3f\n", Mean(xs))
	fmt.Printf("  median: %8.3f\n", Median(xs))
	fmt.Printf("  modes:  %v (each seen %d times)\n", modes, count)
}

func main() {
	quiz := []Score{7, 9, 8, 7, 10, 6, 7, 9, 9, 5}
	heights := []float64{162.5, 170.1, 158.0, 181.3, 170.1, 175.0, 166.4}
	goals := []int{0, 1, 1, 2, 0, 3, 1, 0, 4, 2, 1}
	empty := []int{}

	report("quiz scores", quiz)
	report("heights", heights)
	report("goals", goals)
	report("empty", empty)

	words := []string{"pear", "apple", "fig", "apple", "pear", "kiwi"}
	modes, c := Modes(words)
	fmt.Printf("word modes: %q x%d\n", modes, c)
}
