package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Dedupe keeps the first occurrence of each element, preserving order.
func Dedupe[T comparable](items []T) []T {
	seen := make(map[T]struct{}, len(items))
	out := items[:0:0]
	for _, it := range items {
		if _, ok := seen[it]; ok {
			continue
		}
		seen[it] = struct{}{}
		out = append(out, it)
	}
	return out
}

// DedupeBy dedupes using a derived key.
func DedupeBy[T any, K comparable](items []T, key func(T) K) []T {
	seen := map[K]bool{}
	var out []T
	for _, it := range items {
		k := key(it)
		if !seen[k] {
			seen[k] = true
			out = append(out, it)
		}
	}
	return out
}

func GroupBy[T any, K cmp.Ordered](items []T, key func(T) K) ([]K, map[K][]T) {
	groups := map[K][]T{}
	for _, it := range items {
		groups[key(it)] = append(groups[key(it)], it)
	}
	keys := make([]K, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys, groups
}

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func main() {
	nums := []int{5, 3, 5, 1, 3, 9, 1, 7}
	fmt.Println("dedupe:", Dedupe(nums))

	sorted := slices.Clone(nums)
	slices.Sort(sorted)
	fmt.Println("sorted:", sorted, "compact:", slices.Compact(slices.Clone(sorted)))

	words := strings.Fields("Go go GO rust Rust zig go")
	fmt.Println("case-insensitive:", DedupeBy(words, strings.ToLower))

	staff := []Employee{
		{"Ana", "eng", 120}, {"Ben", "ops", 90}, {"Cai", "eng", 135},
		{"Dee", "sales", 80}, {"Eli", "ops", 95}, {"Fay", "eng", 120},
		{"Ana", "eng", 120},
	}
	staff = Dedupe(staff)
	fmt.Println("unique employees:", len(staff))

	slices.SortStableFunc(staff, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Salary, b.Salary),
			cmp.Compare(a.Name, b.Name),
		)
	})
	for _, e := range staff {
		fmt.Printf("  %-5s %-4s %d\n", e.Dept, e.Name, e.Salary)
	}

	depts, byDept := GroupBy(staff, func(e Employee) string { return e.Dept })
	for _, d := range depts {
		total := 0
		for _, e := range byDept[d] {
			total += e.Salary
		}
		fmt.Printf("%s: n=%d avg=%.1f\n", d, len(byDept[d]), float64(total)/float64(len(byDept[d])))
	}

	idx, found := slices.BinarySearch(sorted, 7)
	fmt.Println("binary search 7:", idx, found)
	richest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Salary, b.Salary) })
	fmt.Println("top earner:", richest.Name)
	fmt.Println("reversed:", func() []int { s := slices.Clone(sorted); slices.Reverse(s); return s }())
}
