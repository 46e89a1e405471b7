package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Pixel struct {
	Pos   Point
	Color Color
	alpha uint8
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

// ValidationError has a pointer-receiver Error method.
type ValidationError struct {
	Field string
	Value any
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("field %s: bad value %v", e.Field, e.Value)
}

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) String() string {
	return fmt.Sprintf("%s %d.%02d", m.Currency, m.Cents/100, m.Cents%100)
}

func (m Money) GoString() string { return fmt.Sprintf("Money(%d, %q)", m.Cents, m.Currency) }

func validate(p Pixel) error {
	if p.Pos.X < 0 {
		return &ValidationError{"Pos.X", p.Pos.X}
	}
	if p.Color > Blue {
		return &ValidationError{"Color", p.Color}
	}
	return nil
}

func main() {
	p := Point{3, -4}
	fmt.Printf("%%v  %v\n", p)
	fmt.Printf("%%+v %+v\n", p)
	fmt.Printf("%%#v %#v\n", p)
	fmt.Printf("%%T  %T\n", p)
	fmt.Printf("ptr %v %+v\n", &p, &p)

	for _, c := range []Color{Red, Blue, Color(7)} {
		fmt.Printf("color %v %s %d %q %x %T\n", c, c, c, c, c, c)
	}

	px := Pixel{Point{1, 2}, Green, 255}
	fmt.Printf("pixel %v\n", px)
	fmt.Printf("pixel %+v\n", px)

	temps := []Celsius{-3.25, 21, 37.77}
	fmt.Println("temps:", temps)
	fmt.Printf("temps %v %.2f\n", temps, float64(temps[2]))

	m := Money{12345, "EUR"}
	fmt.Printf("money %v | %s | %#v | %+v\n", m, m, m, m)
	fmt.Printf("width [%12v] [%-12s]\n", m, Blue)

	for _, px := range []Pixel{px, {Point{-1, 0}, Red, 0}, {Point{0, 0}, Color(9), 1}} {
		err := validate(px)
		fmt.Printf("validate: %v\n", err)
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Printf("  as %T field=%s value=%v (%T)\n", ve, ve.Field, ve.Value, ve.Value)
		}
	}

	ve := ValidationError{"Name", ""}
	fmt.Printf("value form (no Error in method set): %+v\n", ve)
	fmt.Printf("pointer form: %v\n", &ve)

	wrapped := fmt.Errorf("saving pixel: %w", validate(Pixel{Point{-5, 0}, Red, 0}))
	fmt.Printf("%v\n%s\n%T\n", wrapped, errors.Unwrap(wrapped), errors.Unwrap(wrapped))
	var nilErr error
	fmt.Printf("nil error: %v, nil Stringer: %v\n", nilErr, fmt.Stringer(nil))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", Green, 3.0), fmt.Sprintln("x", Red) == "x red\n")
}
