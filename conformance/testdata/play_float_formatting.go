package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265, 1e6, 1e21, 123456789.0, 1e-7, 2.0 / 3}
	fmt.Printf("%-14s %-14s %-14s %-14s\n", "%v", "%.2f", "%e", "%g")
	for _, v := range vals {
		fmt.Printf("%-14v %-14.2f %-14e %-14g\n", v, v, v, v)
	}

	fmt.Println("Println of floats:", 1.0, 2.5, 1e20, 1e21, 0.000001, 0.0000001)
	fmt.Println("float32 vs float64 of 0.1:", float32(0.1), 0.1)
	fmt.Printf("float32(0.1) widened: %v\n", float64(float32(0.1)))
	fmt.Printf("%%.20f of 0.1: %.20f\n", 0.1)

	// Width, precision, flags
	fmt.Printf("[%8.3f] [%-8.3f] [%08.3f] [%+.1f] [% .1f]\n", math.Pi, math.Pi, math.Pi, math.Pi, math.Pi)
	fmt.Printf("[%*.*f]\n", 10, 4, math.E)

	// Special values
	inf := math.Inf(1)
	nan := math.NaN()
	negZero := math.Copysign(0, -1)
	fmt.Println("inf:", inf, "-inf:", -inf, "nan:", nan, "-0:", negZero)
	fmt.Printf("%%f: %f %f %f\n", inf, nan, negZero)
	fmt.Println("nan == nan:", nan == nan, " -0 == 0:", negZero == 0)
	fmt.Println("1/inf:", 1/inf, " IsNaN(inf-inf):", math.IsNaN(inf-inf))

	// strconv formatting
	fmt.Println("FormatFloat 'f' -1:", strconv.FormatFloat(1.0/3, 'f', -1, 64))
	fmt.Println("FormatFloat 'f' -1 (32):", strconv.FormatFloat(1.0/3, 'f', -1, 32))
	fmt.Println("FormatFloat 'e' 3:", strconv.FormatFloat(123456.789, 'e', 3, 64))
	fmt.Println("FormatFloat 'g' 4:", strconv.FormatFloat(123456.789, 'g', 4, 64))
	fmt.Println("FormatFloat 'b':", strconv.FormatFloat(1, 'b', -1, 64))
	fmt.Println("FormatFloat 'x':", strconv.FormatFloat(1.5, 'x', -1, 64))

	// Rounding
	for _, x := range []float64{2.5, 3.5, -2.5, 2.675} {
		fmt.Printf("x=%v Round=%v RoundToEven=%v Floor=%v Ceil=%v Trunc=%v %%.2f=%.2f\n",
			x, math.Round(x), math.RoundToEven(x), math.Floor(x), math.Ceil(x), math.Trunc(x), x)
	}

	// Parsing
	f, err := strconv.ParseFloat("6.02214076e23", 64)
	fmt.Println("parsed:", f, err)
	_, err = strconv.ParseFloat("1e400", 64)
	fmt.Println("overflow parse:", err)

	// Complex numbers
	c := complex(1.5, -2)
	fmt.Printf("complex: %v %.1f abs-ish real=%g imag=%g\n", c, c, real(c), imag(c))

	// Bits
	fmt.Printf("Float64bits(1.0) = %#016x\n", math.Float64bits(1.0))
	fmt.Println("Nextafter(1, 2) - 1 =", math.Nextafter(1, 2)-1)
}
