package main

import (
	"errors"
	"fmt"
	"sort"
)

// Money is a value object: compared by value, never mutated in place.
type Money struct {
	amount   int64 // minor units
	currency string
}

var ErrCurrencyMismatch = errors.New("currency mismatch")

func NewMoney(amount int64, cur string) Money { return Money{amount, cur} }

func (m Money) Add(o Money) (Money, error) {
	if m.currency != o.currency {
		return Money{}, fmt.Errorf("%v + %v: %w", m, o, ErrCurrencyMismatch)
	}
	return Money{m.amount + o.amount, m.currency}, nil
}

func (m Money) Times(n int64) Money { return Money{m.amount * n, m.currency} }

// Split divides money fairly: remainders go to the first parts.
func (m Money) Split(n int) []Money {
	parts := make([]Money, n)
	base, rem := m.amount/int64(n), m.amount%int64(n)
	for i := range parts {
		parts[i] = Money{base, m.currency}
		if int64(i) < rem {
			parts[i].amount++
		}
	}
	return parts
}

func (m Money) String() string {
	return fmt.Sprintf("%d.%02d %s", m.amount/100, m.amount%100, m.currency)
}

// Coordinate is comparable and used as a map key.
type Coordinate struct{ Lat, Lng int }

type Address struct {
	Street string
	City   string
	Geo    Coordinate
}

func main() {
	a := NewMoney(1050, "EUR")
	b := NewMoney(1050, "EUR")
	c := NewMoney(1050, "USD")
	fmt.Println("a == b:", a == b, " a == c:", a == c)
	fmt.Println("a == b.Times(1):", a == b.Times(1))

	sum, err := a.Add(b)
	fmt.Println("sum:", sum, err)
	_, err = a.Add(c)
	fmt.Println("mismatch:", err, errors.Is(err, ErrCurrencyMismatch))

	parts := NewMoney(1000, "EUR").Split(3)
	fmt.Println("split:", parts)
	total := NewMoney(0, "EUR")
	for _, p := range parts {
		total, _ = total.Add(p)
	}
	fmt.Println("re-summed equals original:", total == NewMoney(1000, "EUR"))

	// Values as map keys: equal values collapse.
	seen := map[Money]int{}
	for _, m := range []Money{a, b, c, sum, NewMoney(2100, "EUR")} {
		seen[m]++
	}
	keys := make([]Money, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].currency != keys[j].currency {
			return keys[i].currency < keys[j].currency
		}
		return keys[i].amount < keys[j].amount
	})
	for _, k := range keys {
		fmt.Printf("  %-10v x%d\n", k, seen[k])
	}

	// Nested structs compare field by field.
	home := Address{"1 Main St", "Springfield", Coordinate{39, -89}}
	copyHome := home
	copyHome.Street = "1 Main St"
	moved := home
	moved.Geo.Lat++
	fmt.Println("home == copy:", home == copyHome, " home == moved:", home == moved)
	visits := map[Coordinate][]string{}
	visits[home.Geo] = append(visits[home.Geo], "ann")
	visits[copyHome.Geo] = append(visits[copyHome.Geo], "bob")
	visits[moved.Geo] = append(visits[moved.Geo], "cy")
	fmt.Println("visits:", visits)

	// Arrays of comparable values are comparable too; interfaces compare dynamically.
	fmt.Println([2]Money{a, c} == [2]Money{b, c})
	var x, y any = a, b
	fmt.Println("interfaces holding equal values:", x == y)
	var z any = Coordinate{1, 2}
	fmt.Println("different dynamic types:", x == z)
	fmt.Printf("%v | %+v | %#v\n", home.Geo, home, c.currency)
}
