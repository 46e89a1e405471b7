package main

import (
	"fmt"
	"math"
)

func hypot(a, b float64) float64 {
	return math.Sqrt(a*a + b*b)
}

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Sqrt(-1))
	fmt.Printf("%.4f %.4f\n", hypot(3, 4), hypot(1, 1))
	fmt.Println(math.Pi, math.E)
	fmt.Printf("%.10f\n", math.Pi)

	posInf := math.Inf(1)
	negInf := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(posInf, negInf, nan)
	fmt.Printf("%v %f %.2f %e\n", posInf, negInf, nan, posInf)
	fmt.Println(nan == nan, math.IsNaN(nan), math.IsInf(posInf, 0), math.IsInf(negInf, 1))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Println(posInf-posInf, posInf*0, math.Max(3, nan), math.Min(negInf, 5))

	for _, x := range []float64{2.5, -2.5, 2.4999, -0.5, 3.0} {
		fmt.Printf("x=%5.2f floor=%v ceil=%v round=%v trunc=%v even=%v\n",
			x, math.Floor(x), math.Ceil(x), math.Round(x), math.Trunc(x), math.RoundToEven(x))
	}

	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Abs(-7.5), math.Mod(7, 3))
	fmt.Printf("%.6f %.6f %.6f\n", math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Printf("%.4f %.4f\n", math.Sin(math.Pi/2), math.Cos(math.Pi))
	frac, exp := math.Frexp(8)
	fmt.Println("frexp(8):", frac, exp)
	ip, fp := math.Modf(-3.75)
	fmt.Println("modf(-3.75):", ip, fp)

	fmt.Println("MaxInt64:", math.MaxInt64)
	fmt.Println("MinInt64:", math.MinInt64)
	big := int64(math.MaxInt64)
	big++
	fmt.Println("MaxInt64+1 wraps to:", big)
	var u8 uint8 = 250
	for range 10 {
		u8++
	}
	fmt.Println("uint8 250+10:", u8)
	var i32 int32 = math.MaxInt32
	i32 *= 2
	fmt.Println("MaxInt32*2:", i32)
	fmt.Println("MaxUint32:", uint32(math.MaxUint32), "MaxFloat32:", math.MaxFloat32)
	fmt.Println("SmallestNonzeroFloat64:", math.SmallestNonzeroFloat64)
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3, math.Abs(a+b-0.3) < 1e-9)
	fmt.Println(math.Float64bits(1.0), math.Signbit(math.Copysign(0, -1)))
}
