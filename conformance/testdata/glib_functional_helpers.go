package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
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

func Any[T any](xs []T, pred func(T) bool) bool {
	for _, x := range xs {
		if pred(x) {
			return true
		}
	}
	return false
}

func All[T any](xs []T, pred func(T) bool) bool {
	return !Any(xs, func(x T) bool { return !pred(x) })
}

// MapErr stops at the first failing conversion.
func MapErr[T, U any](xs []T, f func(T) (U, error)) ([]U, error) {
	out := make([]U, 0, len(xs))
	for i, x := range xs {
		u, err := f(x)
		if err != nil {
			return out, fmt.Errorf("element %d: %w", i, err)
		}
		out = append(out, u)
	}
	return out, nil
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

var staff = []Employee{
	{"Ada", "eng", 120},
	{"Brian", "ops", 90},
	{"Cleo", "eng", 135},
	{"Dmitri", "sales", 80},
	{"Eve", "eng", 110},
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	squares := Map(nums, func(n int) int { return n * n })
	evens := Filter(squares, func(n int) bool { return n%2 == 0 })
	sum := Reduce(evens, 0, func(a, n int) int { return a + n })
	fmt.Println("squares:", squares)
	fmt.Println("even squares:", evens, "sum:", sum)

	labels := Map(nums[:4], strconv.Itoa)
	fmt.Printf("%q %T\n", labels, labels)

	joined := Reduce(labels, "", func(acc, s string) string {
		if acc == "" {
			return s
		}
		return acc + "+" + s
	})
	fmt.Println(joined, "=", Reduce(nums[:4], 0, func(a, n int) int { return a + n }))

	eng := Filter(staff, func(e Employee) bool { return e.Dept == "eng" })
	payroll := Reduce(eng, 0, func(a int, e Employee) int { return a + e.Salary })
	fmt.Printf("eng: %v payroll=%d\n", Map(eng, func(e Employee) string { return e.Name }), payroll)
	fmt.Printf("first: %+v\n", staff[0])
	fmt.Println("any sales:", Any(staff, func(e Employee) bool { return e.Dept == "sales" }))
	fmt.Println("all >= 80:", All(staff, func(e Employee) bool { return e.Salary >= 80 }))

	parsed, err := MapErr([]string{"10", "20", "x3", "40"}, strconv.Atoi)
	fmt.Println("parsed:", parsed, "err:", err)
	parsed, err = MapErr([]string{"7", "8"}, strconv.Atoi)
	fmt.Println("parsed:", parsed, "err:", err)

	shout := Compose(strings.TrimSpace, Compose(strings.ToUpper, func(s string) string { return s + "!" }))
	fmt.Println(shout("  hello generics  "))
	lenOfUpper := Compose(strings.ToUpper, func(s string) int { return len(s) })
	fmt.Printf("%d %T\n", lenOfUpper("abc"), lenOfUpper)
}
