package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Kilograms float64

type Eggs int

// Ledger records named quantities of one numeric type.
type Ledger[T Number] struct {
	name    string
	entries []Entry[T]
}

type Entry[T Number] struct {
	Label string
	Value T
}

func NewLedger[T Number](name string) *Ledger[T] {
	return &Ledger[T]{name: name}
}

func (l *Ledger[T]) Add(label string, v T) {
	l.entries = append(l.entries, Entry[T]{label, v})
}

func (l *Ledger[T]) Total() T {
	var sum T
	for _, e := range l.entries {
		sum += e.Value
	}
	return sum
}

func (l *Ledger[T]) Largest() (Entry[T], bool) {
	if len(l.entries) == 0 {
		return Entry[T]{}, false
	}
	return slices.MaxFunc(l.entries, func(a, b Entry[T]) int {
		return cmp.Compare(a.Value, b.Value)
	}), true
}

func Map[T, U any](in []T, f func(T) U) []U {
	out := make([]U, 0, len(in))
	for _, v := range in {
		out = append(out, f(v))
	}
	return out
}

func Filter[T any](in []T, keep func(T) bool) []T {
	var out []T
	for _, v := range in {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	grain := NewLedger[Kilograms]("grain store")
	grain.Add("wheat", 1250.5)
	grain.Add("barley", 640.25)
	grain.Add("oats", 310)

	eggs := NewLedger[Eggs]("egg count")
	eggs.Add("Monday", 42)
	eggs.Add("Tuesday", 39)
	eggs.Add("Wednesday", 47)

	fmt.Printf("%s total: %.2f kg (%T)\n", grain.name, grain.Total(), grain.Total())
	fmt.Printf("%s total: %d (%T)\n", eggs.name, eggs.Total(), eggs.Total())

	if e, ok := grain.Largest(); ok {
		fmt.Printf("largest grain entry: %+v\n", e)
	}
	if e, ok := eggs.Largest(); ok {
		fmt.Printf("best laying day: %s with %d\n", e.Label, e.Value)
	}
	empty := NewLedger[int]("empty")
	_, ok := empty.Largest()
	fmt.Println("empty ledger has largest:", ok)

	labels := Map(eggs.entries, func(e Entry[Eggs]) string { return e.Label })
	fmt.Println("days:", labels)

	heavy := Filter(grain.entries, func(e Entry[Kilograms]) bool { return e.Value > 500 })
	fmt.Printf("heavy entries: %v\n", heavy)

	dozens := Map(eggs.entries, func(e Entry[Eggs]) float64 { return float64(e.Value) / 12 })
	for i, d := range dozens {
		fmt.Printf("  %-9s %5.2f dozen\n", eggs.entries[i].Label, d)
	}
}
