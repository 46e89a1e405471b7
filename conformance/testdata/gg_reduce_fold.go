package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Numeric interface {
	~int | ~int64 | ~float64
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

// Scan returns every intermediate accumulator.
func Scan[T, A any](xs []T, init A, f func(A, T) A) []A {
	out := make([]A, 0, len(xs))
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
		out = append(out, acc)
	}
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	return Reduce(xs, make([]U, 0, len(xs)), func(acc []U, x T) []U { return append(acc, f(x)) })
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	return Reduce(xs, []T(nil), func(acc []T, x T) []T {
		if keep(x) {
			acc = append(acc, x)
		}
		return acc
	})
}

func Sum[T Numeric](xs []T) T {
	return Reduce(xs, T(0), func(a, b T) T { return a + b })
}

func Mean[T Numeric](xs []T) (float64, bool) {
	if len(xs) == 0 {
		return 0, false
	}
	return float64(Sum(xs)) / float64(len(xs)), true
}

func All[T any](xs []T, pred func(T) bool) bool {
	return Reduce(xs, true, func(ok bool, x T) bool { return ok && pred(x) })
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type stats struct {
	Count    int
	Min, Max int
}

func main() {
	nums := []int{4, 8, 15, 16, 23, 42}
	fmt.Println("sum:", Sum(nums))
	fmt.Println("running:", Scan(nums, 0, func(a, b int) int { return a + b }))
	fmt.Println("product:", Reduce(nums, int64(1), func(a int64, n int) int64 { return a * int64(n) }))

	if m, ok := Mean(nums); ok {
		fmt.Printf("mean: %5.2f\n", m)
	}
	_, ok := Mean([]float64{})
	fmt.Println("mean of empty ok:", ok)

	csv := Reduce(nums, "", func(s string, n int) string {
		if s != "" {
			s += ","
		}
		return s + strconv.Itoa(n)
	})
	fmt.Printf("csv: %q\n", csv)

	st := Reduce(nums[1:], stats{1, nums[0], nums[0]}, func(s stats, n int) stats {
		return stats{s.Count + 1, min(s.Min, n), max(s.Max, n)}
	})
	fmt.Printf("stats: %+v\n", st)

	prices := []Cents{199, 2550, 5, 1000}
	total := Sum(prices)
	fmt.Println("prices:", prices, "total:", total)
	fmt.Printf("%T %v\n", total, Scan(prices, Cents(0), func(a, b Cents) Cents { return a + b }))

	words := strings.Fields("Map and Filter are built from Reduce here")
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println("lens:", lens, "total letters:", Sum(lens))
	caps := Filter(words, func(s string) bool { return s[0] >= 'A' && s[0] <= 'Z' })
	fmt.Printf("capitalised: %q\n", caps)
	fmt.Println("all short:", All(words, func(s string) bool { return len(s) < 8 }),
		"all non-empty:", All(words, func(s string) bool { return s != "" }))

	freq := Reduce([]rune("mississippi"), map[rune]int{}, func(m map[rune]int, r rune) map[rune]int {
		m[r]++
		return m
	})
	fmt.Println("freq:", freq)
	halves := Map(Filter(nums, func(n int) bool { return n%2 == 0 }), func(n int) float64 { return float64(n) / 2 })
	fmt.Printf("halves of evens: %v %T\n", halves, halves)
}
