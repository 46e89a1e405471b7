package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

func Sum[T Number](xs []T) (total T) {
	for _, x := range xs {
		total += x
	}
	return
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Cents int64

func (c Cents) String() string {
	if c < 0 {
		return "-" + (-c).String()
	}
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

type Posting[K comparable] struct {
	Key    K
	Amount Cents
	Note   string
}

type Ledger[K cmp.Ordered] struct {
	entries map[K][]Posting[K]
}

func NewLedger[K cmp.Ordered]() *Ledger[K] {
	return &Ledger[K]{entries: make(map[K][]Posting[K])}
}

func (l *Ledger[K]) Record(k K, amt Cents, note string) {
	l.entries[k] = append(l.entries[k], Posting[K]{k, amt, note})
}

func (l *Ledger[K]) Balance(k K) Cents {
	return Sum(Map(l.entries[k], func(p Posting[K]) Cents { return p.Amount }))
}

func (l *Ledger[K]) Keys() []K {
	keys := make([]K, 0, len(l.entries))
	for k := range l.entries {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

type Quarter int

func (q Quarter) String() string { return fmt.Sprintf("Q%d", int(q)) }

func main() {
	byCustomer := NewLedger[string]()
	byCustomer.Record("zephyr", 125000, "invoice 1")
	byCustomer.Record("atlas", 40000, "invoice 2")
	byCustomer.Record("zephyr", -50000, "payment")
	byCustomer.Record("mercury", 9999, "invoice 3")
	byCustomer.Record("atlas", -40000, "payment")
	byCustomer.Record("zephyr", 2550, "late fee")
	for _, k := range byCustomer.Keys() {
		fmt.Printf("%-8s %3d postings balance %10v\n", k, len(byCustomer.entries[k]), byCustomer.Balance(k))
	}
	fmt.Println("unknown customer balance:", byCustomer.Balance("nobody"))

	byQuarter := NewLedger[Quarter]()
	revenue := map[Quarter][]Cents{
		3: {120000, 98000},
		1: {50000, 75050, 30000},
		2: {88000},
	}
	for q, amts := range revenue {
		for i, a := range amts {
			byQuarter.Record(q, a, fmt.Sprintf("sale %d", i+1))
		}
	}
	var yearly []Cents
	for _, q := range byQuarter.Keys() {
		b := byQuarter.Balance(q)
		yearly = append(yearly, b)
		fmt.Printf("%v revenue %v\n", q, b)
	}
	fmt.Println("year total:", Sum(yearly))
	fmt.Printf("float sum: %.3f\n", Sum([]float64{0.125, 2.5, 1.75}))
	fmt.Println("int sum:", Sum([]int{3, 4, 5}))
	best := slices.MaxFunc(byQuarter.Keys(), func(a, b Quarter) int {
		return cmp.Compare(byQuarter.Balance(a), byQuarter.Balance(b))
	})
	fmt.Println("best quarter:", best)
}
