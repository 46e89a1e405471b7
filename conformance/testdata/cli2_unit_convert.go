package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type unit struct {
	dim    string
	factor float64 // multiply to get the base unit
	offset float64 // added after scaling (temperatures)
}

var units = map[string]unit{
	"m":  {"length", 1, 0},
	"km": {"length", 1000, 0},
	"cm": {"length", 0.01, 0},
	"mi": {"length", 1609.344, 0},
	"ft": {"length", 0.3048, 0},
	"g":  {"mass", 1, 0},
	"kg": {"mass", 1000, 0},
	"lb": {"mass", 453.59237, 0},
	"c":  {"temperature", 1, 0},
	"k":  {"temperature", 1, -273.15},
	"f":  {"temperature", 5.0 / 9.0, -32 * 5.0 / 9.0},
	"b":  {"data", 1, 0},
	"kb": {"data", 1024, 0},
	"mb": {"data", 1024 * 1024, 0},
}

var ErrUnknownUnit = errors.New("unknown unit")

type DimensionError struct{ From, To string }

func (e DimensionError) Error() string {
	return fmt.Sprintf("cannot convert %s to %s", e.From, e.To)
}

func convert(v float64, from, to string) (float64, error) {
	fu, ok := units[strings.ToLower(from)]
	if !ok {
		return 0, fmt.Errorf("%q: %w", from, ErrUnknownUnit)
	}
	tu, ok := units[strings.ToLower(to)]
	if !ok {
		return 0, fmt.Errorf("%q: %w", to, ErrUnknownUnit)
	}
	if fu.dim != tu.dim {
		return 0, DimensionError{fu.dim, tu.dim}
	}
	base := v*fu.factor + fu.offset
	return (base - tu.offset) / tu.factor, nil
}

// parseQuery handles lines like "12.5 km to mi".
func parseQuery(q string) (float64, string, string, error) {
	f := strings.Fields(q)
	if len(f) != 4 || (f[2] != "to" && f[2] != "in") {
		return 0, "", "", fmt.Errorf("usage: <value> <unit> to <unit>, got %q", q)
	}
	v, err := strconv.ParseFloat(f[0], 64)
	if err != nil {
		return 0, "", "", fmt.Errorf("bad value: %w", err)
	}
	return v, f[1], f[3], nil
}

func main() {
	queries := []string{
		"10 km to mi",
		"26.2 mi in km",
		"6 ft to cm",
		"100 C to F",
		"-40 F to C",
		"0 K to C",
		"150 lb to kg",
		"1536 kb to mb",
		"5 kg to m",
		"3 parsec to m",
		"ten m to ft",
		"convert 5 m",
	}
	var dimErrs, unitErrs, other int
	for _, q := range queries {
		v, from, to, err := parseQuery(q)
		if err == nil {
			var r float64
			r, err = convert(v, from, to)
			if err == nil {
				fmt.Printf("%-16s = %s %s\n", q, strconv.FormatFloat(r, 'f', 4, 64), to)
				continue
			}
		}
		var de DimensionError
		switch {
		case errors.As(err, &de):
			dimErrs++
		case errors.Is(err, ErrUnknownUnit):
			unitErrs++
		default:
			other++
		}
		fmt.Printf("%-16s ! %v\n", q, err)
	}
	fmt.Printf("errors: dimension=%d unit=%d other=%d\n", dimErrs, unitErrs, other)
}
