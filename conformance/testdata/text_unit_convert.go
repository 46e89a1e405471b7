package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type convKey struct{ from, to string }

type ConvFunc func(float64) float64

func scale(f float64) ConvFunc { return func(x float64) float64 { return x * f } }

var conversions = map[convKey]ConvFunc{
	{"c", "f"}:   func(c float64) float64 { return c*9/5 + 32 },
	{"f", "c"}:   func(f float64) float64 { return (f - 32) * 5 / 9 },
	{"c", "k"}:   func(c float64) float64 { return c + 273.15 },
	{"km", "mi"}: scale(0.621371),
	{"mi", "km"}: scale(1.609344),
	{"kg", "lb"}: scale(2.20462),
	{"lb", "kg"}: scale(0.453592),
	{"m", "ft"}:  scale(3.28084),
	{"l", "gal"}: scale(0.264172),
}

var ErrUnknownUnit = errors.New("unknown conversion")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return fmt.Sprintf("query %q: %v", e.Query, e.Err) }
func (e *QueryError) Unwrap() error { return e.Err }

// Convert understands queries like "100 km to mi" or "-40c in f".
func Convert(query string) (float64, string, error) {
	fields := strings.Fields(strings.ToLower(query))
	if len(fields) == 4 && (fields[2] == "to" || fields[2] == "in") {
		fields = []string{fields[0] + fields[1], fields[3]}
	}
	if len(fields) != 3 && len(fields) != 2 {
		return 0, "", &QueryError{query, errors.New("expected: <value><unit> to <unit>")}
	}
	src, to := fields[0], fields[len(fields)-1]
	split := strings.LastIndexAny(src, "0123456789.") + 1
	value, err := strconv.ParseFloat(src[:split], 64)
	if err != nil {
		return 0, "", &QueryError{query, err}
	}
	from := src[split:]
	fn, ok := conversions[convKey{from, to}]
	if !ok {
		return 0, "", &QueryError{query, fmt.Errorf("%w %s->%s", ErrUnknownUnit, from, to)}
	}
	return fn(value), to, nil
}

func main() {
	queries := []string{"100 km to mi", "26.2mi to km", "-40c in f", "98.6 F to C",
		"0c to k", "70 kg to lb", "1.8m to ft", "5 parsecs to km", "abc km to mi", "hello"}
	for _, q := range queries {
		v, unit, err := Convert(q)
		var qe *QueryError
		switch {
		case errors.Is(err, ErrUnknownUnit):
			fmt.Printf("%-16s => unsupported (%v)\n", q, err)
		case errors.As(err, &qe):
			fmt.Printf("%-16s => error: %v\n", q, qe.Err)
		default:
			fmt.Printf("%-16s => %10.3f %s\n", q, v, unit)
		}
	}
	keys := slices.SortedFunc(maps.Keys(conversions), func(a, b convKey) int {
		return strings.Compare(a.from+">"+a.to, b.from+">"+b.to)
	})
	fmt.Println("supported:", keys)
	roundTrip := conversions[convKey{"f", "c"}](conversions[convKey{"c", "f"}](37))
	fmt.Printf("37c -> f -> c = %.2f\n", roundTrip)
}
