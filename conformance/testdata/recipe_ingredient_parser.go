package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Line struct {
	Qty  float64
	Unit string
	Name string
}

type ParseError struct {
	Input string
	Err   error
}

func (e *ParseError) Error() string { return fmt.Sprintf("parse %q: %v", e.Input, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

var ErrEmpty = errors.New("empty line")

var knownUnits = map[string]string{
	"g": "g", "gram": "g", "grams": "g",
	"cup": "cup", "cups": "cup",
	"tbsp": "tbsp", "tablespoon": "tbsp", "tablespoons": "tbsp",
	"tsp": "tsp", "teaspoon": "tsp", "teaspoons": "tsp",
}

// parseQty understands "2", "1.5", "1/2" and "1 1/2" style quantities.
func parseQty(fields []string) (float64, int, error) {
	whole, err := strconv.ParseFloat(fields[0], 64)
	if err == nil {
		if len(fields) > 1 {
			if frac, err := parseFraction(fields[1]); err == nil {
				return whole + frac, 2, nil
			}
		}
		return whole, 1, nil
	}
	frac, ferr := parseFraction(fields[0])
	if ferr != nil {
		return 0, 0, err
	}
	return frac, 1, nil
}

func parseFraction(s string) (float64, error) {
	num, den, ok := strings.Cut(s, "/")
	if !ok {
		return 0, errors.New("not a fraction")
	}
	n, err1 := strconv.Atoi(num)
	d, err2 := strconv.Atoi(den)
	if err := errors.Join(err1, err2); err != nil {
		return 0, err
	}
	return float64(n) / float64(d), nil
}

func Parse(s string) (Line, error) {
	fields := strings.Fields(strings.ToLower(s))
	if len(fields) == 0 {
		return Line{}, &ParseError{s, ErrEmpty}
	}
	qty, used, err := parseQty(fields)
	if err != nil {
		return Line{}, &ParseError{s, err}
	}
	fields = fields[used:]
	line := Line{Qty: qty}
	if len(fields) > 0 {
		if u, ok := knownUnits[fields[0]]; ok {
			line.Unit = u
			fields = fields[1:]
		}
	}
	line.Name = strings.Join(fields, " ")
	return line, nil
}

func main() {
	inputs := []string{
		"2 cups plain flour",
		"1 1/2 tsp baking powder",
		"3/4 cup Buttermilk",
		"250 grams butter",
		"3 eggs",
		"   ",
		"a pinch of salt",
		"2 Tablespoons maple syrup",
	}
	for _, in := range inputs {
		l, err := Parse(in)
		var numErr *strconv.NumError
		switch {
		case errors.Is(err, ErrEmpty):
			fmt.Printf("skip blank: %v\n", err)
		case errors.As(err, &numErr):
			fmt.Printf("bad number %q (func %s)\n", numErr.Num, numErr.Func)
		case err != nil:
			fmt.Println("error:", err)
		default:
			fmt.Printf("qty=%-5s unit=%-4q name=%q\n",
				strconv.FormatFloat(l.Qty, 'f', -1, 64), l.Unit, l.Name)
		}
	}
}
