package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	constants := []struct {
		name  string
		value float64
	}{
		{"pi", math.Pi},
		{"e", math.E},
		{"Boltzmann", 1.380649e-23},
		{"Planck", 6.62607015e-34},
		{"g", 9.80665},
		{"electron mass", 9.1093837015e-31},
		{"speed of light", 299792458},
	}
	fmt.Printf("%-15s %14s %14s %14s %s\n", "name", "%8.4f", "%e", "%g", "%v")
	for _, c := range constants {
		fmt.Printf("%-15s %14.4f %14e %14g %v\n", c.name, c.value, c.value, c.value, c.value)
	}

	fmt.Println("\nwidth and precision:")
	x := 1234.56789
	for _, f := range []string{"%8.4f", "%-12.2f|", "%+.3e", "%12.3E", "%.3g", "%.10g", "%010.3f", "% .2f"} {
		fmt.Printf("  %-9s -> [%s]\n", f, fmt.Sprintf(f, x))
	}
	fmt.Printf("  %%*.*f     -> [%*.*f]\n", 10, 2, x)

	fmt.Println("\nstrconv.FormatFloat:")
	v := 0.000123456789
	for _, fmtc := range []byte{'f', 'e', 'E', 'g', 'G', 'b', 'x'} {
		fmt.Printf("  %c prec -1: %-28s prec 4: %s\n", fmtc,
			strconv.FormatFloat(v, fmtc, -1, 64), strconv.FormatFloat(v, fmtc, 4, 64))
	}
	fmt.Println("  0.1 as float32:", strconv.FormatFloat(0.1, 'g', -1, 32),
		" exact float32 value:", strconv.FormatFloat(float64(float32(0.1)), 'f', 20, 64))
	fmt.Println("  0.1 as float64 to 25 places:", strconv.FormatFloat(0.1, 'f', 25, 64))

	fmt.Println("\nspecial values:")
	negZero := math.Copysign(0, -1)
	specials := []float64{math.Inf(1), math.Inf(-1), math.NaN(), negZero, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, s := range specials {
		fmt.Printf("  %-24v %-10.3e %-12g %s\n", s, s, s, strconv.FormatFloat(s, 'g', -1, 64))
	}
	fmt.Println("  NaN == NaN:", math.NaN() == math.NaN(), " -0 == 0:", negZero == 0, " signbit(-0):", math.Signbit(negZero))

	fmt.Println("\nround trips with ParseFloat:")
	for _, s := range []string{"3.14159", "1e-7", "6.02e23", "0x1.8p1", "inf", "-0", "1_000.5"} {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			fmt.Printf("  %-8s error: %v\n", s, err)
			continue
		}
		back := strconv.FormatFloat(f, 'g', -1, 64)
		fmt.Printf("  %-8s -> %-10v -> %q\n", s, f, back)
	}

	fmt.Println("\nmachine epsilon and neighbours of 1.0:")
	eps := math.Nextafter(1, 2) - 1
	fmt.Printf("  eps = %g = 2^%d\n", eps, int(math.Log2(eps)))
	fmt.Printf("  next above 1: %.20f\n  next below 1: %.20f\n", math.Nextafter(1, 2), math.Nextafter(1, 0))
	fmt.Printf("  constant 0.1+0.2 = %.17g, equal to 0.3? %v, |diff| <= eps? %v\n",
		0.1+0.2, 0.1+0.2 == 0.3, math.Abs(0.1+0.2-0.3) <= eps)
	a, b := 0.1, 0.2
	fmt.Printf("  runtime a+b = %.17g, bits %#016x\n", a+b, math.Float64bits(a+b))
	fmt.Printf("  float32 sum  = %v\n", float32(a)+float32(b))
}
