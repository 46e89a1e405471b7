// Chapter: numbers — integer division, floats and complex numbers.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"strconv"
)

// floorMod returns a result with the sign of the divisor, unlike %.
func floorMod(a, b int) int {
	m := a % b
	if m != 0 && (m < 0) != (b < 0) {
		m += b
	}
	return m
}

func main() {
	fmt.Println("-- integer division truncates toward zero --")
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		q, r := a/b, a%b
		fmt.Printf("%3d / %2d = %2d  %3d %% %2d = %2d  q*b+r=%d  floorMod=%d\n",
			a, b, q, a, b, r, q*b+r, floorMod(a, b))
	}
	fmt.Println(-8>>1, -7>>1, 7>>1, 1<<3|1)

	var u8 uint8 = 200
	var i8 int8 = 127
	u8 += 100
	i8++
	fmt.Println("wraparound:", u8, i8)

	fmt.Println("-- float formatting --")
	vals := []float64{0, 1, 1.5, 100, 1e21, 1.0 / 3, 123456789.125, 0.000012}
	for _, v := range vals {
		fmt.Printf("%%v=%v  %%g=%g  %%.2f=%.2f  %%e=%e  %%8.3f=[%8.3f]\n", v, v, v, v, v)
	}
	fmt.Println(strconv.FormatFloat(2.5, 'f', -1, 64), strconv.FormatFloat(2.5, 'e', 3, 32))
	fa, fb := 0.1, 0.2
	fmt.Println("constants:", 0.1+0.2 == 0.3, "variables:", fa+fb == 0.3, fa+fb)
	fmt.Printf("%.1f %.1f %.0f %.0f\n", 0.25, 0.35, 2.5, 3.5)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -0.0, math.Copysign(0, -1))
	nan := math.NaN()
	fmt.Println("NaN == NaN:", nan == nan, math.IsNaN(nan))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.5))
	neg, pos := -2.9, 2.9
	fmt.Println(int(neg), int(pos), float64(7)/2)
	var f32 float32 = 16777216
	fmt.Println(f32+1 == f32, float64(f32)+1)
	fmt.Printf("%x %X %o %b %#x %08.3f %+d\n", 255, 255, 8, 5, 255, 3.14159, 5)

	fmt.Println("-- complex numbers --")
	c := complex(3, 4)
	d := 1 - 2i
	fmt.Println(c, d, c+d, c*d, c/d)
	fmt.Println(real(c), imag(c), cmplx.Abs(c))
	fmt.Printf("%T %T\n", c, complex64(c))
	fmt.Printf("%.2f\n", cmplx.Sqrt(-1))
	fmt.Println(c == complex(3, 4), cmplx.Conj(c))
	const ci = 2i * 2i // untyped complex constant
	fmt.Println(ci, real(ci))
	fmt.Printf("%.3f\n", cmplx.Exp(complex(0, math.Pi)))
}
