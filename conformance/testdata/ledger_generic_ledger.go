package main

import (
	"cmp"
	"fmt"
	"slices"
)

// Amount is any numeric type a ledger can hold.
type Amount interface {
	~int | ~int32 | ~int64 | ~float64
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Points int32

// Ledger keeps running balances keyed by any ordered key type.
type Ledger[K cmp.Ordered, V Amount] struct {
	name     string
	balances map[K]V
	history  []Posting[K, V]
}

type Posting[K cmp.Ordered, V Amount] struct {
	Key   K
	Delta V
}

func NewLedger[K cmp.Ordered, V Amount](name string) *Ledger[K, V] {
	return &Ledger[K, V]{name: name, balances: map[K]V{}}
}

func (l *Ledger[K, V]) Post(key K, delta V) {
	l.balances[key] += delta
	l.history = append(l.history, Posting[K, V]{key, delta})
}

func (l *Ledger[K, V]) Keys() []K {
	keys := make([]K, 0, len(l.balances))
	for k := range l.balances {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func (l *Ledger[K, V]) Total() V {
	var t V
	for _, k := range l.Keys() {
		t += l.balances[k]
	}
	return t
}

func (l *Ledger[K, V]) Print() {
	fmt.Printf("[%s] %d postings\n", l.name, len(l.history))
	for _, k := range l.Keys() {
		fmt.Printf("  %v: %v\n", k, l.balances[k])
	}
	fmt.Printf("  total: %v\n", l.Total())
}

// Largest returns the key with the largest balance.
func Largest[K cmp.Ordered, V Amount](l *Ledger[K, V]) (K, V) {
	keys := l.Keys()
	best := keys[0]
	for _, k := range keys[1:] {
		if l.balances[k] > l.balances[best] {
			best = k
		}
	}
	return best, l.balances[best]
}

func Map[T, U any](in []T, f func(T) U) []U {
	out := make([]U, 0, len(in))
	for _, v := range in {
		out = append(out, f(v))
	}
	return out
}

func main() {
	money := NewLedger[string, Cents]("money")
	money.Post("alice", 12050)
	money.Post("bob", 3000)
	money.Post("alice", -2025)
	money.Post("carol", 99999)
	money.Print()

	loyalty := NewLedger[int, Points]("loyalty")
	for i := range 6 {
		loyalty.Post(100+i%3, Points(10*(i+1)))
	}
	loyalty.Print()

	rates := NewLedger[string, float64]("fx-exposure")
	rates.Post("EUR", 1.25)
	rates.Post("GBP", 0.5)
	rates.Post("EUR", -0.75)
	rates.Print()

	k, v := Largest(money)
	fmt.Printf("largest money: %s with %v (%T)\n", k, v, v)
	id, pts := Largest(loyalty)
	fmt.Printf("largest loyalty: %d with %d (%T)\n", id, pts, pts)

	deltas := Map(money.history, func(p Posting[string, Cents]) string {
		return fmt.Sprintf("%s%+d", p.Key, int64(p.Delta))
	})
	fmt.Println(deltas)
}
