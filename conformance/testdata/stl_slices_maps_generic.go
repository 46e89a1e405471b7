package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Product struct {
	Name  string
	Price float64
	Stock int
}

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
	m := make(map[K][]T)
	for _, x := range xs {
		m[key(x)] = append(m[key(x)], x)
	}
	return m
}

func main() {
	products := []Product{
		{"widget", 2.50, 10},
		{"gadget", 12.00, 0},
		{"doohickey", 7.25, 3},
		{"gizmo", 12.00, 8},
		{"thingamajig", 0.99, 120},
	}
	slices.SortFunc(products, func(a, b Product) int {
		if c := cmp.Compare(b.Price, a.Price); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	for _, p := range products {
		fmt.Printf("%-12s %6.2f %4d\n", p.Name, p.Price, p.Stock)
	}

	names := Map(products, func(p Product) string { return p.Name })
	slices.Sort(names)
	fmt.Println("sorted names:", names)
	idx, found := slices.BinarySearch(names, "gizmo")
	fmt.Println("binary search gizmo:", idx, found)
	idx, found = slices.BinarySearch(names, "gear")
	fmt.Println("binary search gear (insert position):", idx, found)
	i, ok := slices.BinarySearchFunc(products, 7.25, func(p Product, t float64) int { return cmp.Compare(t, p.Price) })
	fmt.Println("binary search price 7.25 (desc order):", i, ok)

	inStock := Filter(products, func(p Product) bool { return p.Stock > 0 })
	fmt.Println("in stock:", len(inStock), "of", len(products))
	value := Reduce(products, 0.0, func(acc float64, p Product) float64 { return acc + p.Price*float64(p.Stock) })
	fmt.Printf("inventory value: %.2f\n", value)

	groups := GroupBy(products, func(p Product) string {
		if p.Price >= 5 {
			return "pricey"
		}
		return "cheap"
	})
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		fmt.Println("group", k, "->", Map(groups[k], func(p Product) string { return p.Name }))
	}

	stock := map[string]int{}
	for _, p := range products {
		stock[p.Name] = p.Stock
	}
	for k, v := range maps.All(stock) {
		if v == 0 {
			fmt.Println("out of stock:", k)
		}
	}
	vals := slices.Sorted(maps.Values(stock))
	fmt.Println("sorted stock values:", vals, "max:", slices.Max(vals), "min:", slices.Min(vals))

	words := strings.Fields("go is fun and go is fast and simple")
	uniq := slices.Compact(slices.Sorted(slices.Values(words)))
	fmt.Println("unique:", uniq)
	fmt.Println("contains fun:", slices.Contains(words, "fun"), "index of and:", slices.Index(words, "and"))
	rev := slices.Clone(words)
	slices.Reverse(rev)
	fmt.Println("reversed:", strings.Join(rev, " "))
	lens := slices.Collect(func(yield func(int) bool) {
		for _, w := range uniq {
			if !yield(len(w)) {
				return
			}
		}
	})
	fmt.Println("lengths:", lens, "equal to self:", slices.Equal(lens, slices.Clone(lens)))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Println("  chunk", c)
	}
	m2 := maps.Clone(stock)
	maps.DeleteFunc(m2, func(k string, v int) bool { return v < 5 })
	fmt.Println("filtered map:", m2, "equal to original:", maps.Equal(stock, m2))
	collected := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println("collected:", collected)
	for i, n := range slices.Backward(names[:3]) {
		fmt.Println("  backward", i, n)
	}
	fmt.Println("insert/delete:", slices.Delete(slices.Insert([]int{1, 2, 5}, 2, 3, 4), 0, 1))
}
