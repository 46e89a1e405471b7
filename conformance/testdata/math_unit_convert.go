package main

import (
	"errors"
	"fmt"
	"sort"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64
type Meters float64
type Feet float64
type Kilograms float64
type Pounds float64

const AbsoluteZeroC Celsius = -273.15

var ErrBelowAbsoluteZero = errors.New("below absolute zero")

func (c Celsius) String() string    { return fmt.Sprintf("%.2f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.2f°F", float64(f)) }
func (k Kelvin) String() string     { return fmt.Sprintf("%.2fK", float64(k)) }
func (m Meters) String() string     { return fmt.Sprintf("%.3fm", float64(m)) }
func (f Feet) String() string       { return fmt.Sprintf("%.3fft", float64(f)) }
func (k Kilograms) String() string  { return fmt.Sprintf("%.3fkg", float64(k)) }
func (p Pounds) String() string     { return fmt.Sprintf("%.3flb", float64(p)) }

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

func (c Celsius) ToK() (Kelvin, error) {
	if c < AbsoluteZeroC {
		return 0, fmt.Errorf("%v: %w", c, ErrBelowAbsoluteZero)
	}
	return Kelvin(c - AbsoluteZeroC), nil
}

func (m Meters) ToFeet() Feet        { return Feet(m / 0.3048) }
func (f Feet) ToMeters() Meters      { return Meters(f * 0.3048) }
func (k Kilograms) ToPounds() Pounds { return Pounds(k / 0.45359237) }

// Converter is a generic named conversion.
type Converter[From, To ~float64] struct {
	Name string
	Fn   func(From) To
}

func (c Converter[From, To]) Table(values ...From) {
	fmt.Println(c.Name)
	for _, v := range values {
		fmt.Printf("  %12v -> %v\n", v, c.Fn(v))
	}
}

func main() {
	Converter[Celsius, Fahrenheit]{"C to F", Celsius.ToF}.Table(-40, 0, 37, 100)
	Converter[Fahrenheit, Celsius]{"F to C", Fahrenheit.ToC}.Table(-459.67, 32, 98.6, 451)
	Converter[Meters, Feet]{"m to ft", Meters.ToFeet}.Table(1, 8848.86, 0.3048)
	Converter[Kilograms, Pounds]{"kg to lb", func(k Kilograms) Pounds { return k.ToPounds() }}.Table(1, 70, 0.5)

	for _, c := range []Celsius{25, AbsoluteZeroC, -300} {
		k, err := c.ToK()
		if errors.Is(err, ErrBelowAbsoluteZero) {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%v = %v (%T, raw %g)\n", c, k, k, float64(k))
	}

	temps := map[string]Celsius{"Oslo": -3.5, "Cairo": 31.2, "Lima": 19.0, "Perth": 27.75}
	cities := make([]string, 0, len(temps))
	for name := range temps {
		cities = append(cities, name)
	}
	sort.Slice(cities, func(i, j int) bool { return temps[cities[i]] > temps[cities[j]] })
	for _, name := range cities {
		fmt.Printf("%-6s %8v %8v\n", name, temps[name], temps[name].ToF())
	}

	round := Meters(100).ToFeet().ToMeters()
	fmt.Printf("round trip 100m: %v, exact: %t, %+v, %d-byte float\n", round, round == 100, float64(round), 8)
	var total Meters
	for _, leg := range []Meters{1.5, 2.25, 0.125} {
		total += leg
	}
	fmt.Println("total:", total, "as feet:", total.ToFeet(), "plain:", float64(total))
}
