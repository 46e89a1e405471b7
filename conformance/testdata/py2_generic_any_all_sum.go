package main

import (
	"cmp"
	"errors"
	"fmt"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Any[T any](xs []T, pred func(T) bool) bool {
	for _, x := range xs {
		if pred(x) {
			return true
		}
	}
	return false
}

func All[T any](xs []T, pred func(T) bool) bool {
	for _, x := range xs {
		if !pred(x) {
			return false
		}
	}
	return true
}

var ErrEmpty = errors.New("max() arg is an empty sequence")

func Max[T cmp.Ordered](xs []T) (T, error) {
	var zero T
	if len(xs) == 0 {
		return zero, ErrEmpty
	}
	best := xs[0]
	for _, x := range xs[1:] {
		if x > best {
			best = x
		}
	}
	return best, nil
}

// min(xs, key=f)
func MinBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, bool) {
	var zero T
	if len(xs) == 0 {
		return zero, false
	}
	best, bestK := xs[0], key(xs[0])
	for _, x := range xs[1:] {
		if k := key(x); k < bestK {
			best, bestK = x, k
		}
	}
	return best, true
}

type Celsius float64

func main() {
	ints := []int{3, -1, 4, 1, -5, 9, 2, 6}
	floats := []float64{0.1, 0.2, 0.3}
	temps := []Celsius{20.5, 22, 19.25}
	fmt.Println("sum ints:", Sum(ints))
	fmt.Println("sum floats:", Sum(floats))
	fmt.Printf("sum floats %%.2f: %.2f\n", Sum(floats))
	fmt.Println("sum temps:", Sum(temps))
	fmt.Println("sum empty:", Sum([]int{}))

	isNeg := func(x int) bool { return x < 0 }
	fmt.Println("any negative:", Any(ints, isNeg))
	fmt.Println("all negative:", All(ints, isNeg))
	fmt.Println("all on empty:", All([]int{}, isNeg), "any on empty:", Any([]int{}, isNeg))

	m, err := Max(ints)
	fmt.Println("max:", m, err)
	s, err := Max([]string{"pear", "apple", "zucchini", "fig"})
	fmt.Println("max str:", s, err)
	_, err = Max([]float64{})
	fmt.Println("max empty error:", err, errors.Is(err, ErrEmpty))

	words := []string{"banana", "kiwi", "apple", "fig", "cherry"}
	shortest, ok := MinBy(words, func(w string) int { return len(w) })
	fmt.Println("shortest:", shortest, ok)
	closest, _ := MinBy(ints, func(x int) int { return (x - 5) * (x - 5) })
	fmt.Println("closest to 5:", closest)
	_, ok = MinBy([]string{}, func(w string) int { return len(w) })
	fmt.Println("min of empty ok:", ok)
	fmt.Println("builtin min/max:", min(3, 1, 2), max(2.5, 1.0), min("b", "a"))
}
