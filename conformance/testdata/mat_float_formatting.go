package main

import (
	"fmt"
	"math"
	"strconv"
)

type reading struct {
	label string
	value float64
}

func main() {
	values := []float64{0, 1, -2.5, math.Pi, 1e-7, 123456789.0, 6.02214076e23, 2.0 / 3}
	fmt.Printf("%-22s %-14s %-14s %-10s %s\n", "%v", "%g", "%e", "%.3f", "%8.2f|")
	for _, v := range values {
		fmt.Printf("%-22v %-14g %-14.4e %-10.3f %8.2f|\n", v, v, v, v, v)
	}

	fmt.Println()
	x := 1234.5678
	for _, f := range []byte{'f', 'e', 'E', 'g', 'G', 'b', 'x'} {
		fmt.Printf("FormatFloat(%v, '%c', -1, 64) = %s\n", x, f, strconv.FormatFloat(x, f, -1, 64))
	}
	for _, prec := range []int{0, 1, 2, 5} {
		fmt.Printf("prec %d: %s\n", prec, strconv.FormatFloat(x, 'f', prec, 64))
	}

	// float32 vs float64 shortest representation.
	third := 1.0 / 3.0
	fmt.Println("1/3 as 64-bit:", strconv.FormatFloat(third, 'g', -1, 64))
	fmt.Println("1/3 as 32-bit:", strconv.FormatFloat(third, 'g', -1, 32))
	a, b := 0.1, 0.2
	fmt.Println("0.1+0.2 == 0.3:", a+b == 0.3, " sum prints as", a+b)
	fmt.Printf("difference: %.3e\n", a+b-0.3)

	readings := []reading{
		{"temperature", 21.456},
		{"pressure", 1013.25},
		{"humidity", 0.4567},
		{"altitude", -12.5},
	}
	fmt.Println("+------------+------------+")
	for _, r := range readings {
		fmt.Printf("| %-10s | %10.2f |\n", r.label, r.value)
	}
	fmt.Println("+------------+------------+")

	fmt.Printf("sign and padding: [%+.2f] [% .2f] [%-8.1f] [%08.3f]\n", 3.14159, 3.14159, 2.5, -1.5)
	fmt.Printf("width from args: [%*.*f]\n", 10, 3, math.E)
	fmt.Printf("large g: %g %g %g\n", 1e20, 1e21, 123456789012.0)

	parsed, err := strconv.ParseFloat("2.5e-3", 64)
	fmt.Println("ParseFloat:", parsed, err)
	_, err = strconv.ParseFloat("1e400", 64)
	fmt.Println("ParseFloat overflow:", err)
}
