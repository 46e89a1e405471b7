package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

type Number interface {
	~int | ~int64 | ~float64
}

type SKU string
type Account string

type Ledger[K ~string, A Number] struct {
	name     string
	balances map[K]A
	history  []Entry[K, A]
}

type Entry[K ~string, A Number] struct {
	From, To K
	Amount   A
}

func (e Entry[K, A]) String() string { return fmt.Sprintf("%s->%s:%v", e.From, e.To, e.Amount) }

var ErrInsufficient = errors.New("insufficient balance")

func NewLedger[K ~string, A Number](name string) *Ledger[K, A] {
	return &Ledger[K, A]{name: name, balances: map[K]A{}}
}

func (l *Ledger[K, A]) Deposit(k K, a A) { l.balances[k] += a }

func (l *Ledger[K, A]) Transfer(from, to K, a A) error {
	if a <= 0 {
		return fmt.Errorf("%s: amount must be positive, got %v", l.name, a)
	}
	if l.balances[from] < a {
		return fmt.Errorf("%s: %s has %v, needs %v: %w", l.name, from, l.balances[from], a, ErrInsufficient)
	}
	l.balances[from] -= a
	l.balances[to] += a
	l.history = append(l.history, Entry[K, A]{from, to, a})
	return nil
}

func (l *Ledger[K, A]) Total() A {
	var t A
	for _, v := range l.balances {
		t += v
	}
	return t
}

func (l *Ledger[K, A]) Report() {
	fmt.Printf("== %s (%T) total=%v\n", l.name, l, l.Total())
	for _, k := range slices.Sorted(maps.Keys(l.balances)) {
		fmt.Printf("  %-10s %v\n", k, l.balances[k])
	}
	fmt.Println("  history:", l.history)
}

func main() {
	stock := NewLedger[SKU, int]("warehouse")
	stock.Deposit("bin-a", 40)
	stock.Deposit("bin-b", 5)
	money := NewLedger[Account, float64]("cash")
	money.Deposit("ops", 1000)
	money.Deposit("sales", 250.5)

	moves := []struct {
		from, to SKU
		qty      int
	}{{"bin-a", "bin-b", 15}, {"bin-b", "shelf", 25}, {"bin-b", "shelf", 30}, {"shelf", "bin-a", 0}}
	for _, m := range moves {
		if err := stock.Transfer(m.from, m.to, m.qty); err != nil {
			fmt.Println("stock error:", err, "| insufficient:", errors.Is(err, ErrInsufficient))
		}
	}
	payments := []Entry[Account, float64]{{"ops", "payroll", 600}, {"sales", "ops", 200.25}, {"ops", "vendor", 700}}
	for _, p := range payments {
		if err := money.Transfer(p.From, p.To, p.Amount); err != nil {
			fmt.Println("cash error:", err)
		}
	}
	stock.Report()
	money.Report()
	fmt.Printf("%v %+v\n", Entry[SKU, int]{"x", "y", 3}, Entry[Account, float64]{"a", "b", 1.5})
}
