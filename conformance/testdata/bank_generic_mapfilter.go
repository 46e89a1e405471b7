package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
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

func Sum[N Number](xs []N) N {
	return Reduce(xs, N(0), func(a, b N) N { return a + b })
}

type Cents int64

func (c Cents) String() string {
	return fmt.Sprintf("$%d.%02d", c/100, c%100)
}

type Payment struct {
	Payer  string
	Amount Cents
	Late   bool
}

func main() {
	payments := []Payment{
		{"alice", 12000, false},
		{"bob", 4550, true},
		{"carol", 30000, false},
		{"dave", 999, true},
		{"erin", 15025, false},
		{"frank", 7300, true},
	}

	amounts := Map(payments, func(p Payment) Cents { return p.Amount })
	fmt.Println("amounts:", amounts)
	fmt.Println("total:  ", Sum(amounts))

	late := Filter(payments, func(p Payment) bool { return p.Late })
	names := Map(late, func(p Payment) string { return strings.ToUpper(p.Payer) })
	fmt.Println("late payers:", strings.Join(names, ", "))

	lateFees := Map(late, func(p Payment) Cents { return p.Amount * 5 / 100 })
	fmt.Println("late fees (5%):", lateFees, "sum", Sum(lateFees))

	biggest := Reduce(payments, payments[0], func(best, p Payment) Payment {
		if p.Amount > best.Amount {
			return p
		}
		return best
	})
	fmt.Printf("biggest payment: %s by %s\n", biggest.Amount, biggest.Payer)

	counts := Reduce(payments, map[bool]int{}, func(m map[bool]int, p Payment) map[bool]int {
		m[p.Late]++
		return m
	})
	fmt.Println("on time vs late:", counts)

	rates := []float64{0.015, 0.02, 0.0325}
	fmt.Printf("average rate: %.4f\n", Sum(rates)/float64(len(rates)))

	big := Filter(amounts, func(c Cents) bool { return c >= 10000 })
	fmt.Printf("%d payments of $100 or more: %v\n", len(big), big)

	labels := Map(payments, func(p Payment) string {
		return fmt.Sprintf("%s=%v", p.Payer, p.Amount)
	})
	fmt.Println(strings.Join(labels, "; "))
}
