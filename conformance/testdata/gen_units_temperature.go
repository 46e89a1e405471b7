package main

import (
	"fmt"
	"sort"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const AbsoluteZeroC Celsius = -273.15

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }
func (k Kelvin) String() string     { return fmt.Sprintf("%.2fK", float64(k)) }

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (c Celsius) ToK() Kelvin     { return Kelvin(c - AbsoluteZeroC) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }
func (k Kelvin) ToC() Celsius     { return Celsius(k) + AbsoluteZeroC }

// Temperature is implemented by all three unit types.
type Temperature interface {
	fmt.Stringer
	Celsius() Celsius
}

func (c Celsius) Celsius() Celsius    { return c }
func (f Fahrenheit) Celsius() Celsius { return f.ToC() }
func (k Kelvin) Celsius() Celsius     { return k.ToC() }

type Meters float64
type Feet float64

func (m Meters) Feet() Feet   { return Feet(m / 0.3048) }
func (f Feet) Meters() Meters { return Meters(f * 0.3048) }

func main() {
	for _, c := range []Celsius{-40, 0, 37, 100, AbsoluteZeroC} {
		fmt.Printf("%v = %v = %v\n", c, c.ToF(), c.ToK())
	}
	f := Fahrenheit(212)
	fmt.Println(f, "->", f.ToC())

	readings := []Temperature{Fahrenheit(98.6), Celsius(21.5), Kelvin(300), Celsius(-5), Fahrenheit(50)}
	sort.Slice(readings, func(i, j int) bool {
		return readings[i].Celsius() < readings[j].Celsius()
	})
	for _, r := range readings {
		fmt.Printf("%-8v %-12T %v\n", r, r, r.Celsius())
	}

	var sum Celsius
	for _, r := range readings {
		sum += r.Celsius()
	}
	fmt.Printf("mean: %v (raw %.4f)\n", sum/Celsius(len(readings)), float64(sum)/float64(len(readings)))

	h := Meters(8848.86)
	fmt.Printf("Everest: %.2f m = %.0f ft\n", h, h.Feet())
	fmt.Printf("%v %T\n", Feet(1000).Meters(), Feet(1))

	diff := Celsius(30) - Celsius(20)
	fmt.Printf("difference %v, %g, %q\n", diff, float64(diff), Celsius(1.25))
	fmt.Printf("%+v\n", struct {
		City string
		Temp Celsius
	}{"Oslo", -3.25})
}
