package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	groups := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		groups[k] = append(groups[k], x)
	}
	return groups
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

func Chunk[T any](xs []T, size int) [][]T {
	if len(xs) == 0 {
		return nil
	}
	var out [][]T
	for size < len(xs) {
		xs, out = xs[size:], append(out, xs[:size:size])
	}
	return append(out, xs)
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

// SortedKeys returns the map keys in ascending order.
func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := slices.Collect(maps.Keys(m))
	slices.SortFunc(keys, cmp.Compare[K])
	return keys
}

type Order struct {
	ID       int
	Customer string
	Total    float64
}

func main() {
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "kiwi", "apricot"}
	byLetter := GroupBy(words, func(s string) byte { return s[0] })
	for _, k := range SortedKeys(byLetter) {
		fmt.Printf("%c: %v\n", k, byLetter[k])
	}

	byLen := GroupBy(words, func(s string) int { return len(s) })
	for _, k := range SortedKeys(byLen) {
		fmt.Printf("len %d -> %q\n", k, byLen[k])
	}

	short, long := Partition(words, func(s string) bool { return len(s) <= 6 })
	fmt.Println("short:", short)
	fmt.Println("long: ", long)

	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	for i, c := range Chunk(nums, 4) {
		fmt.Printf("chunk %d: %v (len %d cap %d)\n", i, c, len(c), cap(c))
	}
	fmt.Println("chunk empty:", len(Chunk([]string{}, 3)), Chunk([]string{"solo"}, 3))

	names := []string{"x", "y", "z", "unused"}
	zipped := Zip(names, []float64{1.5, -2, 3.25})
	fmt.Println(zipped)
	fmt.Printf("%T %+v\n", zipped[0], zipped[1])

	orders := []Order{
		{1, "acme", 250}, {2, "globex", 75.5}, {3, "acme", 120},
		{4, "initech", 310}, {5, "globex", 20}, {6, "acme", 99.99},
	}
	totals := map[string]float64{}
	for cust, os := range GroupBy(orders, func(o Order) string { return o.Customer }) {
		for _, o := range os {
			totals[cust] += o.Total
		}
	}
	for _, c := range SortedKeys(totals) {
		fmt.Printf("%-8s %8.2f %s\n", c, totals[c], strings.Repeat("*", int(totals[c]/50)))
	}
	big, small := Partition(orders, func(o Order) bool { return o.Total >= 100 })
	fmt.Printf("big=%d small=%d first small=%+v\n", len(big), len(small), small[0])
}
