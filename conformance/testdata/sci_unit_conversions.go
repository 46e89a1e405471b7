package main

import (
	"fmt"
	"strconv"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

func (c Celsius) String() string    { return strconv.FormatFloat(float64(c), 'f', 2, 64) + " °C" }
func (f Fahrenheit) String() string { return strconv.FormatFloat(float64(f), 'f', 2, 64) + " °F" }
func (k Kelvin) String() string     { return strconv.FormatFloat(float64(k), 'f', 2, 64) + " K" }

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (c Celsius) ToK() Kelvin     { return Kelvin(c + 273.15) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }
func (k Kelvin) ToC() Celsius     { return Celsius(k - 273.15) }

type Meters float64
type Feet float64
type Miles float64

const (
	metersPerFoot = 0.3048
	metersPerMile = 1609.344
)

func (m Meters) String() string { return fmt.Sprintf("%.3f m", float64(m)) }
func (f Feet) String() string   { return fmt.Sprintf("%.3f ft", float64(f)) }
func (m Miles) String() string  { return fmt.Sprintf("%.4f mi", float64(m)) }

func (f Feet) Meters() Meters  { return Meters(f * metersPerFoot) }
func (m Miles) Meters() Meters { return Meters(m * metersPerMile) }
func (m Meters) Feet() Feet    { return Feet(m / metersPerFoot) }

// Pressure in pascals with formatted output in several units.
type Pascal float64

func (p Pascal) String() string {
	return fmt.Sprintf("%.0f Pa = %.4f atm = %.2f mmHg = %.3f psi",
		float64(p), float64(p)/101325, float64(p)/133.322387415, float64(p)/6894.757293168)
}

// Energy in joules, printed with an SI prefix.
type Joule float64

func (j Joule) String() string {
	v := float64(j)
	prefixes := []struct {
		scale float64
		sym   string
	}{{1e9, "G"}, {1e6, "M"}, {1e3, "k"}, {1, ""}, {1e-3, "m"}}
	for _, p := range prefixes {
		if v >= p.scale {
			return fmt.Sprintf("%.3g %sJ", v/p.scale, p.sym)
		}
	}
	return fmt.Sprintf("%e J", v)
}

// Stringer lets us print any quantity generically.
func table(title string, rows ...fmt.Stringer) {
	fmt.Println(title)
	for _, r := range rows {
		fmt.Printf("  %v\n", r)
	}
}

func main() {
	fmt.Println("Temperature conversions")
	for _, c := range []Celsius{-273.15, -40, 0, 20, 37, 100} {
		fmt.Printf("  %10v = %10v = %9v\n", c, c.ToF(), c.ToK())
	}
	f := Fahrenheit(451)
	fmt.Printf("  paper burns at %v = %v\n", f, f.ToC())
	fmt.Printf("  round trip 25 °C -> °F -> °C: %v\n", Celsius(25).ToF().ToC())

	fmt.Println("Length conversions")
	everest := Meters(8848.86)
	fmt.Printf("  Everest: %v = %v\n", everest, everest.Feet())
	marathon := Miles(26.21875)
	fmt.Printf("  marathon: %v = %v\n", marathon, marathon.Meters())
	fmt.Printf("  6 ft = %v\n", Feet(6).Meters())

	table("Pressures",
		Pascal(101325), Pascal(79495), Pascal(2.2e7))
	table("Energies",
		Joule(4184), Joule(3.6e6), Joule(0.25), Joule(4.2e9))

	// Kinetic energy of a car and its temperature equivalent in water.
	mass, speed := 1200.0, Meters(27.78) // kg, m/s (100 km/h)
	ke := Joule(0.5 * mass * float64(speed*speed))
	const waterSpecificHeat = 4184.0 // J/(kg K)
	dT := Celsius(float64(ke) / (waterSpecificHeat * 10))
	fmt.Printf("car at %.0f km/h: KE = %v, heats 10 kg water by %v\n", float64(speed)*3.6, ke, dT)
	fmt.Printf("type of dT is %T, underlying value %g\n", dT, float64(dT))
}
