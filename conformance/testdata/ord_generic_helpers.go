package main

import (
	"cmp"
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

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

func SumBy[T any, N cmp.Ordered](xs []T, f func(T) N) N {
	var s N
	for _, x := range xs {
		s += f(x)
	}
	return s
}

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Years  int
}

func main() {
	staff := []Employee{
		{"Alice", "eng", 142000, 6},
		{"Bilal", "eng", 118000, 2},
		{"Cyn", "sales", 91000, 4},
		{"Dmitri", "ops", 99000, 9},
		{"Eve", "eng", 155000, 11},
		{"Femi", "sales", 87000, 1},
		{"Gus", "ops", 104000, 3},
	}

	names := Map(staff, func(e Employee) string { return strings.ToUpper(e.Name) })
	fmt.Println("names:", names)

	seniors := Filter(staff, func(e Employee) bool { return e.Years >= 5 })
	fmt.Println("seniors:", Map(seniors, func(e Employee) string { return e.Name }))

	payroll := Reduce(staff, 0, func(acc int, e Employee) int { return acc + e.Salary })
	fmt.Printf("payroll: %d (avg %.1f)\n", payroll, float64(payroll)/float64(len(staff)))

	groups := GroupBy(staff, func(e Employee) string { return e.Dept })
	for _, dept := range slices.Sorted(maps.Keys(groups)) {
		members := groups[dept]
		total := SumBy(members, func(e Employee) int { return e.Salary })
		top := slices.MaxFunc(members, func(a, b Employee) int { return cmp.Compare(a.Salary, b.Salary) })
		fmt.Printf("%-5s n=%d total=%7d top=%s\n", dept, len(members), total, top.Name)
	}

	bySalary := slices.Clone(staff)
	slices.SortFunc(bySalary, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(b.Salary, a.Salary), cmp.Compare(a.Name, b.Name))
	})
	for i, e := range bySalary[:3] {
		fmt.Printf("#%d %+v\n", i+1, e)
	}

	years := Map(staff, func(e Employee) int { return e.Years })
	slices.Sort(years)
	fmt.Println("years sorted:", years, "max:", slices.Max(years), "min:", slices.Min(years))
	pos, found := slices.BinarySearch(years, 6)
	fmt.Println("binary search 6:", pos, found)
	fmt.Println("compact depts:", slices.Compact(slices.Sorted(slices.Values(Map(staff, func(e Employee) string { return e.Dept })))))
	fmt.Println("contains Eve:", slices.ContainsFunc(staff, func(e Employee) bool { return e.Name == "Eve" }))
	avgYears := SumBy(staff, func(e Employee) float64 { return float64(e.Years) }) / float64(len(staff))
	fmt.Printf("avg tenure: %.3f years\n", avgYears)
}
