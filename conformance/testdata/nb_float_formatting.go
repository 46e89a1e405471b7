package main

import (
	"fmt"
	"math"
	"strconv"
)

type Money int64 // cents

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

func almostEqual(a, b, eps float64) bool {
	return math.Abs(a-b) <= eps
}

func main() {
	x := 1234.5678

	// Step 1: default formatting
	fmt.Println("step 1:", x, float32(x))

	// Step 2: fixed precision
	fmt.Printf("step 2: %f | %.2f | %.0f\n", x, x, x)

	// Step 3: width and alignment
	fmt.Printf("step 3: [%10.2f] [%-10.2f] [%010.2f]\n", x, x, x)

	// Step 4: scientific and compact forms
	fmt.Printf("step 4: %e | %E | %g | %.3g\n", x, x, x, x)

	// Step 5: %g switches to exponent for large or tiny numbers
	fmt.Printf("step 5: %g %g %g\n", 1e21, 1e-7, 100000.0)

	// Step 6: always show the sign
	fmt.Printf("step 6: %+.1f %+.1f\n", 2.5, -2.5)

	// Step 7: the famous 0.1 + 0.2
	p, q := 0.1, 0.2
	a := p + q
	fmt.Println("step 7:", a, a == 0.3, almostEqual(a, 0.3, 1e-9))
	fmt.Println("step 7b: constants are exact:", 0.1+0.2 == 0.3)

	// Step 8: full precision shows the true value
	fmt.Printf("step 8: %.20f\n", 0.1)

	// Step 9: strconv.FormatFloat with shortest representation
	fmt.Println("step 9:", strconv.FormatFloat(a, 'f', -1, 64), strconv.FormatFloat(0.3, 'f', -1, 32))

	// Step 10: rounding helpers
	for _, v := range []float64{2.5, -2.5, 2.4, 3.5} {
		fmt.Printf("step 10: %4.1f round=%v even=%v floor=%v ceil=%v trunc=%v\n",
			v, math.Round(v), math.RoundToEven(v), math.Floor(v), math.Ceil(v), math.Trunc(v))
	}

	// Step 11: rounding to two decimal places
	price := 19.995
	fmt.Println("step 11:", math.Round(price*100)/100, fmt.Sprintf("%.2f", price))

	// Step 12: special values
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println("step 12:", inf, -inf, nan, nan == nan, math.IsNaN(nan))

	// Step 13: division by a zero variable gives Inf for floats
	zero := 0.0
	fmt.Println("step 13:", 1/zero, -1/zero, zero/zero)

	// Step 14: negative zero
	negZero := math.Copysign(0, -1)
	fmt.Println("step 14:", negZero, negZero == 0, math.Signbit(negZero))

	// Step 15: float32 has about 7 significant digits
	var f32 float32 = 0.1
	fmt.Println("step 15:", f32, float64(f32))

	// Step 16: accumulating error
	sum := 0.0
	for range 10 {
		sum += 0.1
	}
	fmt.Println("step 16:", sum, sum == 1.0)

	// Step 17: integers as cents avoid rounding problems
	cart := []Money{1999, 250, 5}
	var total Money
	for _, c := range cart {
		total += c
	}
	fmt.Println("step 17:", total, Money(-1050))

	// Step 18: percentages
	ratio := 37.0 / 120.0
	fmt.Printf("step 18: %.1f%%\n", ratio*100)

	// Step 19: a small table
	fmt.Printf("step 19: %-6s %8s %8s\n", "n", "sqrt", "log")
	for _, n := range []float64{1, 2, 10, 100} {
		fmt.Printf("step 19: %-6g %8.4f %8.4f\n", n, math.Sqrt(n), math.Log(n))
	}

	// Step 20: parsing floats
	v, err := strconv.ParseFloat("6.02e23", 64)
	fmt.Println("step 20:", v, err)
	_, err = strconv.ParseFloat("1e400", 64)
	fmt.Println("step 21:", err)

	// Step 22: math constants
	fmt.Printf("step 22: pi=%.10f e=%.10f maxf32=%g\n", math.Pi, math.E, math.MaxFloat32)
}
