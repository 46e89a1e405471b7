package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Partition[T any](xs []T, pred func(T) bool) (yes, no []T) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

type Employee struct {
	Name, Dept string
	Salary     int
	Remote     bool
}

func main() {
	staff := []Employee{
		{"Alice", "eng", 120, true}, {"Bob", "eng", 95, false},
		{"Carol", "sales", 70, true}, {"Dan", "ops", 80, false},
		{"Eve", "sales", 65, false}, {"Frank", "eng", 110, true},
	}
	names := Map(staff, func(e Employee) string { return strings.ToUpper(e.Name) })
	fmt.Printf("names: %q\n", names)
	highPaid := Filter(staff, func(e Employee) bool { return e.Salary >= 100 })
	fmt.Printf("high paid: %+v\n", highPaid)
	total := Reduce(staff, 0, func(acc int, e Employee) int { return acc + e.Salary })
	fmt.Printf("total=%d avg=%.2f\n", total, float64(total)/float64(len(staff)))
	byDept := GroupBy(staff, func(e Employee) string { return e.Dept })
	for _, d := range slices.Sorted(maps.Keys(byDept)) {
		fmt.Printf("%-5s %v\n", d, Map(byDept[d], func(e Employee) string { return e.Name }))
	}
	remote, office := Partition(staff, func(e Employee) bool { return e.Remote })
	fmt.Println("remote:", len(remote), "office:", len(office), office[0].Name)
	ranks := []int{1, 2, 3, 4}
	pairs := Zip(ranks, Map(staff, func(e Employee) string { return e.Name }))
	fmt.Println(pairs)
	fmt.Printf("%T %+v\n", pairs, pairs[0])
}
