package main

import (
	"cmp"
	"fmt"
	"slices"
)

type OutOfRangeError struct{ K, N int }

func (e OutOfRangeError) Error() string {
	return fmt.Sprintf("k=%d out of range for %d elements", e.K, e.N)
}

func partition[T cmp.Ordered](a []T, lo, hi int) int {
	mid := lo + (hi-lo)/2
	// median of three pivot
	if a[mid] < a[lo] {
		a[mid], a[lo] = a[lo], a[mid]
	}
	if a[hi] < a[lo] {
		a[hi], a[lo] = a[lo], a[hi]
	}
	if a[mid] < a[hi] {
		a[mid], a[hi] = a[hi], a[mid]
	}
	pivot := a[hi]
	i := lo
	for j := lo; j < hi; j++ {
		if a[j] < pivot {
			a[i], a[j] = a[j], a[i]
			i++
		}
	}
	a[i], a[hi] = a[hi], a[i]
	return i
}

// Select returns the k-th smallest (0-based) element without sorting everything.
func Select[T cmp.Ordered](xs []T, k int) (T, error) {
	var zero T
	if k < 0 || k >= len(xs) {
		return zero, OutOfRangeError{k, len(xs)}
	}
	a := slices.Clone(xs)
	lo, hi := 0, len(a)-1
	for lo < hi {
		p := partition(a, lo, hi)
		switch {
		case k == p:
			return a[p], nil
		case k < p:
			hi = p - 1
		default:
			lo = p + 1
		}
	}
	return a[lo], nil
}

func Median[T cmp.Ordered](xs []T) (T, error) { return Select(xs, (len(xs)-1)/2) }

func main() {
	data := []int{38, 27, 43, 3, 9, 82, 10, 3, 55, 71, 27, 14}
	sorted := slices.Sorted(slices.Values(data))
	fmt.Println("sorted:", sorted)
	ok := true
	for k := range data {
		v, _ := Select(data, k)
		fmt.Print(v, " ")
		ok = ok && v == sorted[k]
	}
	fmt.Println("\nmatches sort:", ok)
	m, _ := Median(data)
	fmt.Println("median:", m)
	w, _ := Select([]string{"pear", "fig", "apple", "kiwi", "date"}, 1)
	fmt.Println("2nd word:", w)
	f, _ := Median([]float64{2.5, -1, 9.75, 3})
	fmt.Println("median float:", f)
	if _, err := Select(data, 12); err != nil {
		fmt.Println("error:", err)
	}
	_, err := Median([]int{})
	fmt.Println("error:", err)
	fmt.Println("original untouched:", data)
}
