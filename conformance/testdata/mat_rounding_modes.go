package main

import (
	"fmt"
	"math"
	"math/big"
)

// roundTo rounds x to the given number of decimal places.
func roundTo(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}

// bankersInt rounds a value with half cents to even using integer cents.
func bankersCents(tenthsOfCent int64) int64 {
	q, r := tenthsOfCent/10, tenthsOfCent%10
	switch {
	case r > 5:
		q++
	case r == 5 && q%2 == 1:
		q++
	}
	return q
}

func main() {
	vals := []float64{2.5, 3.5, -2.5, 2.4999, -0.5, 0.5, 1.7, -1.7, -0.2}
	fmt.Printf("%8s %7s %7s %7s %7s %7s\n", "x", "Round", "Even", "Floor", "Ceil", "Trunc")
	for _, v := range vals {
		fmt.Printf("%8.4f %7.1f %7.1f %7.1f %7.1f %7.1f\n", v,
			math.Round(v), math.RoundToEven(v), math.Floor(v), math.Ceil(v), math.Trunc(v))
	}

	fmt.Println("negative zero from Round(-0.2):", math.Signbit(math.Round(-0.2)))

	for _, x := range []float64{3.14159, 2.675, 1.005, 123.456} {
		fmt.Printf("roundTo(%v, 2) = %v   %%.2f gives %.2f\n", x, roundTo(x, 2), x)
	}
	fmt.Printf("2.675 is really %.20f\n", 2.675)

	ints, frac := math.Modf(-7.625)
	fmt.Println("Modf(-7.625):", ints, frac)
	fr, exp := math.Frexp(48)
	fmt.Println("Frexp(48):", fr, exp, " Ldexp back:", math.Ldexp(fr, exp))

	// Converting float to int truncates toward zero.
	for _, f := range []float64{9.99, -9.99} {
		fmt.Printf("int(%v) = %d, int(Round) = %d\n", f, int(f), int(math.Round(f)))
	}

	// Banker's rounding on integer amounts (tenths of a cent).
	for _, t := range []int64{1225, 1235, 1245, 1246, 1254} {
		fmt.Printf("%d tenths-of-cent -> %d cents\n", t, bankersCents(t))
	}

	// big.Float rounding modes.
	x := new(big.Float).SetPrec(64)
	x.SetString("2.5")
	modes := []big.RoundingMode{big.ToNearestEven, big.ToNearestAway, big.ToZero, big.AwayFromZero, big.ToNegativeInf, big.ToPositiveInf}
	for _, m := range modes {
		y := new(big.Float).SetPrec(2).SetMode(m)
		y.Set(x)
		fmt.Printf("2.5 with 2-bit mantissa, %-13v -> %s\n", m, y.Text('g', 10))
	}
}
