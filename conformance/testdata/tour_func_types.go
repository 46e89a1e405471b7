// Chapter: function types and higher-order functions.
package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

type Predicate func(int) bool
type Transform func(int) int

func Filter(xs []int, keep Predicate) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Map(xs []int, f Transform) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Reduce(xs []int, init int, f func(acc, x int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func (p Predicate) Not() Predicate { return func(n int) bool { return !p(n) } }
func (p Predicate) And(q Predicate) Predicate {
	return func(n int) bool { return p(n) && q(n) }
}

func Compose(fs ...Transform) Transform {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	isEven := Predicate(func(n int) bool { return n%2 == 0 })
	big := Predicate(func(n int) bool { return n > 4 })

	fmt.Println(Filter(nums, isEven))
	fmt.Println(Filter(nums, isEven.Not()))
	fmt.Println(Filter(nums, isEven.And(big)))
	fmt.Println(Map(nums, func(n int) int { return n * n }))
	fmt.Println(Reduce(nums, 0, func(a, x int) int { return a + x }))
	fmt.Println(Reduce(nums[:5], 1, func(a, x int) int { return a * x }))

	addOne := func(x int) int { return x + 1 }
	double := func(x int) int { return x * 2 }
	fmt.Println(Compose(addOne, double)(5), Compose(double, addOne)(5), Compose()(5))

	// Functions in maps: a tiny calculator.
	ops := map[string]func(float64, float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
	}
	for _, k := range slices.Sorted(maps.Keys(ops)) {
		fmt.Printf("8 %s 2 = %g\n", k, ops[k](8, 2))
	}

	// The zero value of a function type is nil.
	var t Transform
	fmt.Println("nil func:", t == nil)
	if t == nil {
		t = addOne
	}
	fmt.Println(t(41))

	// Sorting with a comparison function.
	words := []string{"banana", "kiwi", "apple", "fig"}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	fmt.Printf("%T %T\n", Filter, isEven.And)
}
