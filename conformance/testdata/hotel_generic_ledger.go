package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Points int
type Euros float64

// Ledger keeps a list of signed entries for one account.
type Ledger[T Number] struct {
	Owner   string
	entries []T
}

func (l *Ledger[T]) Post(amounts ...T) {
	l.entries = append(l.entries, amounts...)
}

func (l *Ledger[T]) Balance() T {
	return Sum(l.entries)
}

func (l *Ledger[T]) Largest() (T, bool) {
	if len(l.entries) == 0 {
		var zero T
		return zero, false
	}
	return slices.Max(l.entries), true
}

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
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

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func main() {
	loyalty := &Ledger[Points]{Owner: "guest-771"}
	loyalty.Post(500, 1200, -300, 250)
	fmt.Printf("%s loyalty balance: %d points\n", loyalty.Owner, loyalty.Balance())

	folio := &Ledger[Euros]{Owner: "room-512"}
	folio.Post(140.0, 140.0, 23.40, -50.0, 8.95)
	big, _ := folio.Largest()
	fmt.Printf("%s folio balance: %.2f EUR (largest %.2f)\n", folio.Owner, folio.Balance(), big)

	empty := &Ledger[int]{Owner: "nobody"}
	if _, ok := empty.Largest(); !ok {
		fmt.Println(empty.Owner, "has no entries")
	}

	charges := Filter(folio.entries, func(e Euros) bool { return e > 0 })
	fmt.Printf("charges only: %v sum %.2f\n", charges, Sum(charges))

	labels := Map(charges, func(e Euros) string { return fmt.Sprintf("€%.2f", float64(e)) })
	fmt.Printf("labels: %q\n", labels)

	nights := map[string]int{"Ortiz": 3, "Lam": 7, "Berg": 1, "Kaur": 4}
	var pairs []Pair[string, int]
	for k, v := range nights {
		pairs = append(pairs, Pair[string, int]{k, v})
	}
	slices.SortFunc(pairs, func(a, b Pair[string, int]) int {
		return cmp.Compare(b.Val, a.Val)
	})
	fmt.Println("stays by length:", pairs)
	fmt.Printf("type of ledger: %T\n", loyalty)
	fmt.Printf("type of pair:   %T\n", pairs[0])
}
