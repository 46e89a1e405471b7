package main

import (
	"fmt"
	"math"
	"strconv"
)

type sample struct {
	label string
	v     float64
}

func classify(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "+Inf"
	case math.IsInf(f, -1):
		return "-Inf"
	case f == 0 && math.Signbit(f):
		return "negative zero"
	case f == 0:
		return "zero"
	case math.Abs(f) < 0x1p-1022:
		return "subnormal"
	}
	return "normal"
}

func main() {
	zero := 0.0
	negZero := math.Copysign(0, -1)
	samples := []sample{
		{"pi", math.Pi},
		{"tenth", 0.1},
		{"big", 1e21},
		{"huge", math.MaxFloat64},
		{"tiny", math.SmallestNonzeroFloat64},
		{"third", 1.0 / 3},
		{"neg", -1234.5678},
		{"million", 1e6},
		{"-0", negZero},
		{"nan", math.NaN()},
		{"+inf", 1 / zero},
		{"-inf", -1 / zero},
	}
	for _, s := range samples {
		fmt.Printf("%-8s %-14s v=%v g=%g e=%e f=%.3f G=%.4G\n", s.label, classify(s.v), s.v, s.v, s.v, s.v, s.v)
	}
	fmt.Println()
	for _, s := range samples[:8] {
		fmt.Printf("%-8s g-1=%s e3=%s f-1=%s b=%s x=%s 32=%s\n", s.label,
			strconv.FormatFloat(s.v, 'g', -1, 64),
			strconv.FormatFloat(s.v, 'e', 3, 64),
			strconv.FormatFloat(s.v, 'f', -1, 64),
			strconv.FormatFloat(s.v, 'b', -1, 64),
			strconv.FormatFloat(s.v, 'x', -1, 64),
			strconv.FormatFloat(s.v, 'g', -1, 32))
	}
	fmt.Println()

	nan := math.NaN()
	fmt.Println("NaN == NaN:", nan == nan, " NaN < 1:", nan < 1, " -0 == 0:", negZero == zero)
	fmt.Println("1/-0 =", 1/negZero, " sqrt(-1) =", math.Sqrt(-1), " inf-inf =", math.Inf(1)-math.Inf(1))
	fmt.Printf("%+.2f %+.2f % .2f |%8.2f|%-8.2f|%08.2f|\n", 3.14159, -3.14159, 2.5, math.Pi, math.Pi, -math.Pi)
	fmt.Printf("%v %v %v\n", float32(0.1), float64(float32(0.1)), 0.1+0.2)
	fmt.Printf("%.20f\n%.17g\n", 0.1, 0.1+0.2)
	fmt.Printf("%6.2e|%10.3g|%g|%g\n", 123456.789, 0.000012345, 1e-5, 123456789.0)
	fmt.Println("round half even-ish:", math.Round(2.5), math.RoundToEven(2.5), math.Round(-2.5), math.Trunc(-2.7), math.Floor(-2.5), math.Ceil(-2.5))
	fmt.Println("Nextafter(1,2) - 1 =", math.Nextafter(1, 2)-1, "== eps:", math.Nextafter(1, 2)-1 == 0x1p-52)
	bitsPattern := math.Float64bits(negZero)
	fmt.Printf("bits of -0: %#016x, of 1.0: %#x\n", bitsPattern, math.Float64bits(1))

	for _, in := range []string{"3.25", "1e400", "-inf", "nan", "0x1p-2", "abc", "1_000.5"} {
		v, err := strconv.ParseFloat(in, 64)
		fmt.Printf("ParseFloat(%q) = %v, err=%v\n", in, v, err)
	}
}
