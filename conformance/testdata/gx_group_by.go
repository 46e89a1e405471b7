package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Year   int
}

func GroupBy[T any, K comparable](items []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, it := range items {
		k := key(it)
		out[k] = append(out[k], it)
	}
	return out
}

func SortedKeys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	return slices.Sorted(maps.Keys(m))
}

func MapValues[K comparable, V, R any](m map[K]V, f func(V) R) map[K]R {
	out := make(map[K]R, len(m))
	for k, v := range m {
		out[k] = f(v)
	}
	return out
}

func SumBy[T any, N ~int | ~float64](items []T, f func(T) N) N {
	var total N
	for _, it := range items {
		total += f(it)
	}
	return total
}

func main() {
	staff := []Employee{
		{"Ada", "eng", 180, 2019},
		{"Grace", "eng", 175, 2017},
		{"Linus", "ops", 140, 2020},
		{"Ken", "eng", 190, 2015},
		{"Barbara", "research", 160, 2018},
		{"Margaret", "ops", 150, 2017},
		{"Dennis", "research", 155, 2019},
	}

	byDept := GroupBy(staff, func(e Employee) string { return e.Dept })
	for _, dept := range SortedKeys(byDept) {
		people := byDept[dept]
		names := make([]string, 0, len(people))
		for _, p := range people {
			names = append(names, p.Name)
		}
		fmt.Printf("%-9s %d people: %s\n", dept, len(people), strings.Join(names, ", "))
	}

	payroll := MapValues(byDept, func(es []Employee) int {
		return SumBy(es, func(e Employee) int { return e.Salary })
	})
	fmt.Println("payroll:", payroll)

	avg := MapValues(byDept, func(es []Employee) float64 {
		return SumBy(es, func(e Employee) float64 { return float64(e.Salary) }) / float64(len(es))
	})
	for _, dept := range SortedKeys(avg) {
		fmt.Printf("average %s: %.1f\n", dept, avg[dept])
	}

	byYear := GroupBy(staff, func(e Employee) int { return e.Year })
	fmt.Println("years:", SortedKeys(byYear))
	fmt.Printf("hired 2017: %v\n", byYear[2017])

	byInitial := GroupBy(staff, func(e Employee) string { return e.Name[:1] })
	counts := MapValues(byInitial, func(es []Employee) int { return len(es) })
	fmt.Println("initial counts:", counts)

	words := strings.Fields("apple avocado banana blueberry cherry apricot cranberry")
	byLen := GroupBy(words, func(w string) int { return len(w) })
	fmt.Println("by length:", byLen)

	// maps.Collect builds a map from an iter.Seq2: invert name -> dept.
	deptOf := maps.Collect(func(yield func(string, string) bool) {
		for _, e := range staff {
			if !yield(e.Name, e.Dept) {
				return
			}
		}
	})
	fmt.Println("dept of Ken:", deptOf["Ken"], "entries:", len(deptOf))
	fmt.Println(deptOf)

	senior := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(b.Year, a.Year) })
	fmt.Printf("most senior: %+v\n", senior)
}
