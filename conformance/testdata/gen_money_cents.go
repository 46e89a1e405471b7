package main

import (
	"errors"
	"fmt"
	"math"
)

type Money int64 // cents

var (
	ErrOverflow     = errors.New("money: overflow")
	ErrDivideByZero = errors.New("money: divide by zero")
)

func FromUnits(dollars, cents int64) Money { return Money(dollars*100 + cents) }

func (m Money) String() string {
	sign, v := "", int64(m)
	if v < 0 {
		sign = "-"
		v = -v
	}
	return fmt.Sprintf("%s$%d.%02d", sign, v/100, v%100)
}

func (m Money) Add(o Money) (Money, error) {
	if (o > 0 && m > math.MaxInt64-o) || (o < 0 && m < math.MinInt64-o) {
		return 0, fmt.Errorf("add %v + %v: %w", m, o, ErrOverflow)
	}
	return m + o, nil
}

func (m Money) Mul(n int64) (Money, error) {
	if n == 0 || m == 0 {
		return 0, nil
	}
	r := int64(m) * n
	if r/n != int64(m) {
		return 0, fmt.Errorf("mul %v * %d: %w", m, n, ErrOverflow)
	}
	return Money(r), nil
}

// Split divides m into n parts that sum exactly to m.
func (m Money) Split(n int) ([]Money, error) {
	if n <= 0 {
		return nil, fmt.Errorf("split %v into %d: %w", m, n, ErrDivideByZero)
	}
	base, rem := int64(m)/int64(n), int64(m)%int64(n)
	parts := make([]Money, n)
	for i := range parts {
		parts[i] = Money(base)
		if int64(i) < rem {
			parts[i]++
		}
	}
	return parts, nil
}

type LineItem struct {
	Desc  string
	Price Money
	Qty   int64
}

func main() {
	items := []LineItem{
		{"coffee", FromUnits(3, 50), 2},
		{"bagel", FromUnits(2, 25), 3},
		{"refund", -FromUnits(1, 5), 1},
	}
	var total Money
	for _, it := range items {
		sub, err := it.Price.Mul(it.Qty)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		total, _ = total.Add(sub)
		fmt.Printf("%-7s %8v x%d = %v\n", it.Desc, it.Price, it.Qty, sub)
	}
	fmt.Println("total:", total)

	parts, _ := total.Split(3)
	fmt.Printf("split 3 ways: %v\n", parts)
	_, err := total.Split(0)
	fmt.Println(err, errors.Is(err, ErrDivideByZero))

	big := Money(math.MaxInt64 - 10)
	_, err = big.Add(FromUnits(0, 11))
	fmt.Printf("%v | overflow=%t\n", err, errors.Is(err, ErrOverflow))
	_, err = Money(math.MinInt64 / 2).Mul(3)
	fmt.Printf("%v\n", err)
	ok, err := big.Add(-big)
	fmt.Printf("%v %v\n", ok, err)

	fmt.Printf("%v %d %T %q\n", Money(-7), Money(-7), Money(0), Money(12345))
	fmt.Printf("%+v\n", items[0])
}
