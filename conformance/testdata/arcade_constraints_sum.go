package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Tokens int
type Tickets int64
type Dollars float64

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T, ok bool) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best, ok = x, true
		}
	}
	return best, ok
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

type Ledger[T Number] struct {
	Label   string
	Entries []T
}

func (l *Ledger[T]) Add(v T) { l.Entries = append(l.Entries, v) }

func (l Ledger[T]) String() string {
	parts := make([]string, len(l.Entries))
	for i, e := range l.Entries {
		parts[i] = fmt.Sprint(e)
	}
	return fmt.Sprintf("%s[%s] total=%v", l.Label, strings.Join(parts, "+"), Sum(l.Entries...))
}

func (d Dollars) String() string { return fmt.Sprintf("$%.2f", float64(d)) }

type Visit struct {
	Kid     string
	Tickets Tickets
	Age     int
}

func main() {
	fmt.Println(Sum[Tokens](4, 8, 12))
	fmt.Println(Sum(Tickets(250), 1000, 75))
	fmt.Println(Sum(Dollars(1.25), 0.75, 5))
	fmt.Printf("%T %T\n", Sum[Tokens](), Sum[Dollars]())

	var tl Ledger[Tokens]
	tl.Label = "tokens"
	tl.Add(10)
	tl.Add(20)
	fmt.Println(tl)

	dl := Ledger[Dollars]{Label: "cash"}
	dl.Add(2.5)
	dl.Add(10)
	fmt.Println(dl)

	visits := []Visit{{"Ada", 340, 9}, {"Ben", 1200, 12}, {"Cy", 90, 9}, {"Di", 560, 12}}
	if v, ok := MaxBy(visits, func(v Visit) Tickets { return v.Tickets }); ok {
		fmt.Printf("top earner: %+v\n", v)
	}
	if v, ok := MaxBy(visits, func(v Visit) string { return v.Kid }); ok {
		fmt.Println("last alphabetically:", v.Kid)
	}
	_, ok := MaxBy([]Visit{}, func(v Visit) int { return v.Age })
	fmt.Println("empty ok:", ok)

	groups := GroupBy(visits, func(v Visit) int { return v.Age })
	for _, age := range []int{9, 12} {
		var tickets []Tickets
		for _, v := range groups[age] {
			tickets = append(tickets, v.Tickets)
		}
		fmt.Printf("age %d: %d kids, %d tickets\n", age, len(groups[age]), Sum(tickets...))
	}
}
