package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Dimension string

type Unit struct {
	Name   string
	Dim    Dimension
	Factor float64 // to base unit
	Offset float64
}

type Converter struct {
	units map[string]Unit
}

type UnknownUnitError struct{ Name string }

func (e *UnknownUnitError) Error() string { return "unknown unit " + strconv.Quote(e.Name) }

var ErrDimension = errors.New("incompatible dimensions")

func NewConverter(units ...Unit) *Converter {
	c := &Converter{units: make(map[string]Unit)}
	for _, u := range units {
		c.units[u.Name] = u
	}
	return c
}

func (c *Converter) lookup(name string) (Unit, error) {
	u, ok := c.units[name]
	if !ok {
		return Unit{}, &UnknownUnitError{name}
	}
	return u, nil
}

func (c *Converter) Convert(v float64, from, to string) (float64, error) {
	f, err := c.lookup(from)
	if err != nil {
		return 0, err
	}
	t, err := c.lookup(to)
	if err != nil {
		return 0, err
	}
	if f.Dim != t.Dim {
		return 0, fmt.Errorf("%s (%s) to %s (%s): %w", from, f.Dim, to, t.Dim, ErrDimension)
	}
	base := v*f.Factor + f.Offset
	return (base - t.Offset) / t.Factor, nil
}

const script = `# conversions
10 km m
5.5 mi km
100 c f
-40 f c
300 k c
2 kg lb
3 m kg
1 parsec m
abc m km
12 in
1 lb oz
`

func main() {
	conv := NewConverter(
		Unit{"m", "length", 1, 0}, Unit{"km", "length", 1000, 0},
		Unit{"mi", "length", 1609.344, 0}, Unit{"in", "length", 0.0254, 0},
		Unit{"kg", "mass", 1, 0}, Unit{"lb", "mass", 0.45359237, 0}, Unit{"oz", "mass", 0.028349523125, 0},
		Unit{"k", "temp", 1, 0}, Unit{"c", "temp", 1, 273.15}, Unit{"f", "temp", 5.0 / 9, 273.15 - 32*5.0/9},
	)
	sc := bufio.NewScanner(strings.NewReader(script))
	line, okCount, errCount := 0, 0, 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Fields(text)
		if len(fields) != 3 {
			fmt.Printf("line %2d: want 3 fields, got %d\n", line, len(fields))
			errCount++
			continue
		}
		v, err := strconv.ParseFloat(fields[0], 64)
		if err != nil {
			fmt.Printf("line %2d: %v\n", line, err)
			errCount++
			continue
		}
		out, err := conv.Convert(v, fields[1], fields[2])
		var uu *UnknownUnitError
		switch {
		case errors.As(err, &uu):
			fmt.Printf("line %2d: %v (name=%s)\n", line, err, uu.Name)
			errCount++
		case errors.Is(err, ErrDimension):
			fmt.Printf("line %2d: %v\n", line, err)
			errCount++
		default:
			fmt.Printf("line %2d: %g %s = %.4f %s\n", line, v, fields[1], out, fields[2])
			okCount++
		}
	}
	fmt.Printf("done: %d ok, %d errors\n", okCount, errCount)
}
