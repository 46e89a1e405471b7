package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Sale struct {
	Region  string
	Product string
	Units   int
	Price   float64
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func CountBy[T any, K comparable](xs []T, key func(T) K) map[K]int {
	out := make(map[K]int)
	for _, x := range xs {
		out[key(x)]++
	}
	return out
}

func SumBy[T any, K comparable, N int | float64](xs []T, key func(T) K, val func(T) N) map[K]N {
	out := make(map[K]N)
	for _, x := range xs {
		out[key(x)] += val(x)
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
	return yes, no
}

func MapValues[K comparable, V, W any](m map[K]V, f func(V) W) map[K]W {
	out := make(map[K]W, len(m))
	for k, v := range m {
		out[k] = f(v)
	}
	return out
}

// TopKeys returns keys sorted by descending value, ties broken by key.
func TopKeys[K cmp.Ordered, V cmp.Ordered](m map[K]V, n int) []K {
	keys := slices.SortedFunc(maps.Keys(m), func(a, b K) int {
		return cmp.Or(cmp.Compare(m[b], m[a]), cmp.Compare(a, b))
	})
	return keys[:min(n, len(keys))]
}

var sales = []Sale{
	{"north", "widget", 10, 2.5},
	{"south", "gadget", 3, 12.0},
	{"north", "gadget", 5, 12.0},
	{"east", "widget", 7, 2.5},
	{"south", "widget", 1, 2.5},
	{"north", "gizmo", 2, 99.99},
	{"east", "gizmo", 1, 99.99},
}

func main() {
	byRegion := GroupBy(sales, func(s Sale) string { return s.Region })
	for _, r := range slices.Sorted(maps.Keys(byRegion)) {
		fmt.Printf("%-6s %d sales\n", r, len(byRegion[r]))
		for _, s := range byRegion[r] {
			fmt.Printf("        %+v\n", s)
		}
	}

	fmt.Println("count by product:", CountBy(sales, func(s Sale) string { return s.Product }))
	units := SumBy(sales, func(s Sale) string { return s.Product }, func(s Sale) int { return s.Units })
	fmt.Println("units by product:", units)
	revenue := SumBy(sales, func(s Sale) string { return s.Region }, func(s Sale) float64 {
		return float64(s.Units) * s.Price
	})
	for _, r := range TopKeys(revenue, 3) {
		fmt.Printf("  %-6s %8.2f\n", r, revenue[r])
	}
	fmt.Println("top product by units:", TopKeys(units, 1))

	big, small := Partition(sales, func(s Sale) bool { return float64(s.Units)*s.Price >= 50 })
	fmt.Println("big:", len(big), "small:", len(small))

	names := MapValues(byRegion, func(ss []Sale) string {
		ps := make([]string, len(ss))
		for i, s := range ss {
			ps[i] = s.Product
		}
		slices.Sort(ps)
		return strings.Join(ps, "+")
	})
	fmt.Printf("%q\n", names)
	fmt.Printf("%T\n", names)

	byLen := GroupBy(strings.Fields("a bb cc d eee ff g"), func(s string) int { return len(s) })
	fmt.Println("by length:", byLen)
}
