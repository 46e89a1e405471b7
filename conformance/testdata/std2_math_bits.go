package main

import (
	"fmt"
	"math"
	"math/bits"
)

type point struct{ x, y float64 }

func distance(a, b point) float64 {
	return math.Hypot(b.x-a.x, b.y-a.y)
}

func isPowerOfTwo(n uint64) bool {
	return n != 0 && bits.OnesCount64(n) == 1
}

func nextPowerOfTwo(n uint32) uint32 {
	if n <= 1 {
		return 1
	}
	return 1 << bits.Len32(n-1)
}

func main() {
	fmt.Printf("Pi=%.10f E=%.10f Sqrt2=%.10f\n", math.Pi, math.E, math.Sqrt2)
	fmt.Printf("MaxInt64=%d MinInt64=%d MaxUint32=%d\n", math.MaxInt64, math.MinInt64, uint32(math.MaxUint32))
	fmt.Printf("MaxFloat64=%g SmallestNonzero=%g\n", math.MaxFloat64, math.SmallestNonzeroFloat64)

	for _, x := range []float64{2.5, -2.5, 3.49, -0.5} {
		fmt.Printf("x=%5.2f floor=%3.0f ceil=%3.0f round=%3.0f roundeven=%3.0f trunc=%3.0f\n",
			x, math.Floor(x), math.Ceil(x), math.Round(x), math.RoundToEven(x), math.Trunc(x))
	}

	fmt.Printf("sqrt(2)=%.6f cbrt(27)=%.1f pow(2,10)=%.0f log2(1024)=%.0f log10(0.001)=%.0f\n",
		math.Sqrt(2), math.Cbrt(27), math.Pow(2, 10), math.Log2(1024), math.Log10(0.001))
	fmt.Printf("sin(pi/6)=%.4f cos(pi/3)=%.4f atan2(1,1)=%.4f\n",
		math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Atan2(1, 1))

	nan := math.NaN()
	inf := math.Inf(1)
	fmt.Println("NaN==NaN:", nan == nan, "IsNaN:", math.IsNaN(nan), "IsInf:", math.IsInf(inf, 1), "-inf:", math.Inf(-1))
	fmt.Println("1/inf:", 1/inf, "max(3,NaN):", math.Max(3, nan), "min(-0,0) signbit:", math.Signbit(math.Min(math.Copysign(0, -1), 0)))

	frac, exp := math.Frexp(48)
	intPart, fracPart := math.Modf(-3.75)
	fmt.Printf("frexp(48)=%v*2^%d modf(-3.75)=%v,%v mod(7,3)=%v remainder(7,3)=%v\n",
		frac, exp, intPart, fracPart, math.Mod(7, 3), math.Remainder(7, 3))
	fmt.Printf("float64bits(1.0)=%#016x fromBits=%v\n", math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))

	tri := []point{{0, 0}, {3, 0}, {3, 4}}
	perimeter := 0.0
	for i := range tri {
		perimeter += distance(tri[i], tri[(i+1)%len(tri)])
	}
	fmt.Printf("triangle perimeter=%.2f\n", perimeter)

	for _, n := range []uint64{0, 1, 12, 255, 1024, 1 << 63} {
		fmt.Printf("n=%-20d ones=%2d len=%2d tz=%2d lz=%2d pow2=%v\n",
			n, bits.OnesCount64(n), bits.Len64(n), bits.TrailingZeros64(n), bits.LeadingZeros64(n), isPowerOfTwo(n))
	}

	var b8 uint8 = 0b10110001
	fmt.Printf("reverse8(%08b)=%08b rotl(%08b,3)=%08b\n", b8, bits.Reverse8(b8), b8, bits.RotateLeft8(b8, 3))
	fmt.Printf("bswap32(0x11223344)=%#x\n", bits.ReverseBytes32(0x11223344))

	for _, n := range []uint32{0, 5, 16, 17, 1000} {
		fmt.Printf("nextPow2(%d)=%d\n", n, nextPowerOfTwo(n))
	}

	hi, lo := bits.Mul64(math.MaxUint64, 3)
	fmt.Printf("MaxUint64*3 = hi:%d lo:%d\n", hi, lo)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Printf("MaxUint64+1 = sum:%d carry:%d\n", sum, carry)
	q, r := bits.Div64(1, 0, 10)
	fmt.Printf("2^64 / 10 = %d rem %d\n", q, r)
}
