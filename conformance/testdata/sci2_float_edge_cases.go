package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

var ErrDomain = errors.New("domain error")

func SafeLog(x float64) (float64, error) {
	if x <= 0 || math.IsNaN(x) {
		return math.NaN(), fmt.Errorf("log(%g): %w", x, ErrDomain)
	}
	return math.Log(x), nil
}

func classify(x float64) string {
	switch {
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 1):
		return "+Inf"
	case math.IsInf(x, -1):
		return "-Inf"
	case x == 0 && math.Signbit(x):
		return "-zero"
	case x == 0:
		return "zero"
	case math.Abs(x) < 0x1p-1022:
		return "subnormal"
	default:
		return "normal"
	}
}

func main() {
	zero := 0.0
	values := []float64{1 / zero, -1 / zero, zero / zero, math.Copysign(0, -1), 0,
		math.SmallestNonzeroFloat64, math.MaxFloat64, 1e-310, math.Sqrt(-1)}
	for _, v := range values {
		fmt.Printf("%-14v %-10s %s\n", v, classify(v), strconv.FormatFloat(v, 'g', -1, 64))
	}

	nan := math.NaN()
	fmt.Println("NaN == NaN:", nan == nan, " NaN < 1:", nan < 1, " Inf-Inf:", math.Inf(1)-math.Inf(1))
	fmt.Println("MaxFloat64*2:", math.MaxFloat64*float64(len(values)-7), " -0 == 0:", math.Copysign(0, -1) == 0)
	fmt.Println("0.1+0.2 == 0.3:", 0.1+0.2 == 0.3, " with vars:", func(a, b float64) bool { return a+b == 0.3 }(0.1, 0.2))
	fmt.Printf("machine epsilon: %g nextafter(1,2)-1: %g\n", math.Pow(2, -52), math.Nextafter(1, 2)-1)

	// Integer overflow wraps around
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var i32 int32 = math.MaxInt32
	i32 += 1
	i64 := int64(math.MinInt64)
	neg := -i64
	fmt.Println("int8 127+1:", i8, " uint8 0-1:", u8, " int32 max+1:", i32, " -MinInt64:", neg)
	fmt.Println("MinInt64 / -1 wraps:", i64/int64(len(values)-10))

	// Conversions
	f := 3.99
	fmt.Println("int(3.99):", int(f), " int(-3.99):", int(-f), " round:", math.Round(-f), " trunc:", math.Trunc(-f))
	big := 300
	fmt.Println("uint8(300):", uint8(big), " int8(200):", int8(big-100), " float32(1/3):", float32(1.0/3.0))
	fmt.Println("float64(1<<53+1):", float64(int64(1)<<53+1), " int64(1<<53+1):", int64(1)<<53+1)
	f32 := float32(16777216)
	fmt.Println("float32 16777216+1:", f32+1, " same:", f32+1 == f32)

	for _, x := range []float64{math.E, 0, -1, nan} {
		r, err := SafeLog(x)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrDomain))
			continue
		}
		fmt.Printf("log(%.4f) = %.4f\n", x, r)
	}
	n, err := strconv.ParseFloat("1e400", 64)
	fmt.Println("parse 1e400:", n, err)
	_, err = strconv.Atoi("9223372036854775808")
	fmt.Println("atoi overflow:", err)
	fmt.Println("Hypot(Inf,NaN):", math.Hypot(math.Inf(1), nan), " Pow(0,-1):", math.Pow(0, -1), " Max(NaN,1):", math.Max(nan, 1))
}
