package main

import (
	"errors"
	"fmt"
)

// ErrUnknownUnit is returned when a unit is not in the table.
var ErrUnknownUnit = errors.New("unknown unit")

// IncompatibleError reports a conversion between different kinds of units.
type IncompatibleError struct {
	From, To string
}

func (e *IncompatibleError) Error() string {
	return fmt.Sprintf("cannot convert %s to %s", e.From, e.To)
}

type unitInfo struct {
	kind   string
	toBase float64 // factor to grams or millilitres
}

var units = map[string]unitInfo{
	"g":    {"mass", 1},
	"kg":   {"mass", 1000},
	"oz":   {"mass", 28.3495},
	"lb":   {"mass", 453.592},
	"ml":   {"volume", 1},
	"l":    {"volume", 1000},
	"tsp":  {"volume", 4.92892},
	"tbsp": {"volume", 14.7868},
	"cup":  {"volume", 236.588},
}

func lookup(u string) (unitInfo, error) {
	info, ok := units[u]
	if !ok {
		return unitInfo{}, fmt.Errorf("lookup %q: %w", u, ErrUnknownUnit)
	}
	return info, nil
}

// Convert changes an amount from one unit to another.
func Convert(amount float64, from, to string) (float64, error) {
	f, err := lookup(from)
	if err != nil {
		return 0, fmt.Errorf("convert from: %w", err)
	}
	t, err := lookup(to)
	if err != nil {
		return 0, fmt.Errorf("convert to: %w", err)
	}
	if f.kind != t.kind {
		return 0, fmt.Errorf("convert: %w", &IncompatibleError{from, to})
	}
	return amount * f.toBase / t.toBase, nil
}

func main() {
	cases := []struct {
		amount   float64
		from, to string
	}{
		{2, "cup", "ml"},
		{500, "g", "lb"},
		{3, "tbsp", "tsp"},
		{1.5, "kg", "oz"},
		{1, "pinch", "g"},
		{250, "g", "ml"},
		{1, "l", "handful"},
	}
	for _, c := range cases {
		v, err := Convert(c.amount, c.from, c.to)
		var inc *IncompatibleError
		switch {
		case err == nil:
			fmt.Printf("%6.2f %-4s = %8.2f %s\n", c.amount, c.from, v, c.to)
		case errors.Is(err, ErrUnknownUnit):
			fmt.Println("unknown:", err)
		case errors.As(err, &inc):
			fmt.Printf("incompatible (%s -> %s): %v\n", inc.From, inc.To, err)
		default:
			fmt.Println("other error:", err)
		}
	}
}
