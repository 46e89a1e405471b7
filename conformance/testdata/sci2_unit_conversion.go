package main

import (
	"errors"
	"fmt"
	"math"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64
type Meters float64
type Feet float64
type Kilograms float64
type Pounds float64

const (
	AbsoluteZeroC Celsius = -273.15
	FeetPerMeter          = 3.280839895
	PoundsPerKg           = 2.20462262185
)

func (c Celsius) String() string    { return fmt.Sprintf("%.2f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.2f°F", float64(f)) }
func (k Kelvin) String() string     { return fmt.Sprintf("%.2fK", float64(k)) }
func (m Meters) String() string     { return fmt.Sprintf("%.3fm", float64(m)) }
func (f Feet) String() string       { return fmt.Sprintf("%.3fft", float64(f)) }
func (k Kilograms) String() string  { return fmt.Sprintf("%.3fkg", float64(k)) }
func (p Pounds) String() string     { return fmt.Sprintf("%.3flb", float64(p)) }

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }
func (m Meters) ToFeet() Feet     { return Feet(float64(m) * FeetPerMeter) }
func (f Feet) ToMeters() Meters   { return Meters(float64(f) / FeetPerMeter) }
func (k Kilograms) ToLb() Pounds  { return Pounds(float64(k) * PoundsPerKg) }

var ErrBelowAbsoluteZero = errors.New("temperature below absolute zero")

func (c Celsius) ToK() (Kelvin, error) {
	if c < AbsoluteZeroC {
		return 0, fmt.Errorf("%v: %w", c, ErrBelowAbsoluteZero)
	}
	return Kelvin(c - AbsoluteZeroC), nil
}

type Temperature interface {
	fmt.Stringer
}

func describe(t Temperature) string {
	switch v := t.(type) {
	case Celsius:
		return "celsius " + v.String() + " = " + v.ToF().String()
	case Fahrenheit:
		return "fahrenheit " + v.String() + " = " + v.ToC().String()
	case Kelvin:
		return "kelvin " + v.String()
	default:
		return "unknown"
	}
}

func main() {
	for _, c := range []Celsius{-40, 0, 37, 100, -300} {
		k, err := c.ToK()
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrBelowAbsoluteZero))
			continue
		}
		fmt.Printf("%10v = %10v = %10v\n", c, c.ToF(), k)
	}
	temps := []Temperature{Celsius(25), Fahrenheit(451), Kelvin(2.725)}
	for _, t := range temps {
		fmt.Println(describe(t))
	}

	heights := []Meters{1, 8848.86, 0.3048, 100}
	for _, h := range heights {
		ft := h.ToFeet()
		fmt.Printf("%12v -> %12v -> %12v\n", h, ft, ft.ToMeters())
	}
	for _, kg := range []Kilograms{1, 70, 0.4536} {
		fmt.Printf("%v = %v\n", kg, kg.ToLb())
	}

	// Typed constants and untyped arithmetic
	var total Meters
	for _, h := range heights {
		total += h
	}
	fmt.Println("sum of heights:", total, "mean:", total/Meters(len(heights)))
	fmt.Printf("raw float: %g, rounded feet: %d\n", float64(total), int64(math.Round(float64(total.ToFeet()))))
	fmt.Printf("%%v with verb: %v, %%.1f: %.1f\n", Celsius(21.456), Celsius(21.456))
}
