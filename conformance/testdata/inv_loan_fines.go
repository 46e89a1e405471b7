package main

import (
	"fmt"
	"slices"
	"strings"
)

type Money int

func (m Money) String() string { return fmt.Sprintf("€%d.%02d", m/100, m%100) }

type Policy interface {
	Fine(daysLate int) Money
	Name() string
}

type Flat struct{ PerDay, Cap Money }

func (f Flat) Fine(d int) Money { return min(f.PerDay*Money(d), f.Cap) }
func (f Flat) Name() string     { return "flat" }

type Tiered struct {
	Grace int
	Steps []Money
}

func (t Tiered) Fine(d int) Money {
	d -= t.Grace
	var total Money
	for i := range max(d, 0) {
		total += t.Steps[min(i/7, len(t.Steps)-1)]
	}
	return total
}
func (t Tiered) Name() string { return fmt.Sprintf("tiered(grace=%d)", t.Grace) }

type Kind string

type Loan struct {
	Member string
	Title  string
	Kind   Kind
	Late   int
}

func SumBy[T any, K comparable](xs []T, key func(T) K, val func(T) Money) map[K]Money {
	out := make(map[K]Money)
	for _, x := range xs {
		out[key(x)] += val(x)
	}
	return out
}

func SortedKeys[K ~string, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func main() {
	policies := map[Kind]Policy{
		"book":  Tiered{Grace: 2, Steps: []Money{10, 20, 50}},
		"dvd":   Flat{PerDay: 100, Cap: 1500},
		"ebook": Flat{PerDay: 0, Cap: 0},
	}
	loans := []Loan{
		{"ana", "Dune", "book", 1},
		{"ana", "Alien", "dvd", 4},
		{"ben", "Emma", "book", 12},
		{"ben", "Heat", "dvd", 30},
		{"cai", "Ulysses", "book", 25},
		{"cai", "SICP", "ebook", 40},
		{"dee", "Jaws", "dvd", 0},
	}
	fine := func(l Loan) Money { return policies[l.Kind].Fine(l.Late) }

	var sb strings.Builder
	for _, l := range loans {
		fmt.Fprintf(&sb, "%-4s %-8s %-6s late %2dd  %-16s %8v\n", l.Member, l.Title, l.Kind, l.Late, policies[l.Kind].Name(), fine(l))
	}
	fmt.Print(sb.String())

	byMember := SumBy(loans, func(l Loan) string { return l.Member }, fine)
	byKind := SumBy(loans, func(l Loan) Kind { return l.Kind }, fine)
	fmt.Println("-- per member --")
	for _, m := range SortedKeys(byMember) {
		fmt.Printf("%-4s %8v\n", m, byMember[m])
	}
	fmt.Println("-- per kind --")
	for _, k := range SortedKeys(byKind) {
		fmt.Printf("%-6s %8v\n", k, byKind[k])
	}
	fmt.Println("map print:", byKind)
	worst := slices.MaxFunc(loans, func(a, b Loan) int { return int(fine(a) - fine(b)) })
	fmt.Printf("worst: %+v -> %v\n", worst, fine(worst))
}
