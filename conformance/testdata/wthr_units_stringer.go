package main

import "fmt"

// Celsius is a temperature in degrees Celsius.
type Celsius float64

// Fahrenheit is a temperature in degrees Fahrenheit.
type Fahrenheit float64

// Kelvin is an absolute temperature.
type Kelvin float64

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }
func (k Kelvin) String() string     { return fmt.Sprintf("%.2fK", float64(k)) }

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (c Celsius) ToK() Kelvin     { return Kelvin(c + 273.15) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

// Pressure in hectopascals.
type Pressure float64

func (p Pressure) String() string { return fmt.Sprintf("%.1f hPa", float64(p)) }

// InHg converts hectopascals to inches of mercury.
func (p Pressure) InHg() float64 { return float64(p) * 0.02953 }

type Reading struct {
	Station string
	Temp    Celsius
	Press   Pressure
}

func main() {
	temps := []Celsius{-40, -12.5, 0, 21.3, 37.8, 100}
	fmt.Println("Temperature conversions:")
	for _, c := range temps {
		fmt.Printf("  %8v = %8v = %9v\n", c, c.ToF(), c.ToK())
	}

	fmt.Println("Round trips:")
	for _, f := range []Fahrenheit{32, 98.6, 212} {
		c := f.ToC()
		fmt.Printf("  %v -> %v -> %v\n", f, c, c.ToF())
	}

	r := Reading{Station: "KSEA", Temp: 14.2, Press: 1013.25}
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)
	fmt.Printf("%T %T %T\n", r.Temp, r.Press, r)
	fmt.Printf("pressure in inHg: %8.3f\n", r.Press.InHg())
	fmt.Printf("raw temp value: %g\n", float64(r.Temp))

	var s fmt.Stringer = r.Temp.ToK()
	fmt.Printf("as Stringer: %s (%T)\n", s, s)
}
