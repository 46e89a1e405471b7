package main

import (
	"fmt"
	"math"
)

const Big = 1 << 100
const Small = Big >> 99

const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const Third = 1.0 / 3

type Meters float64
type Count int

func needFloat(x float64) float64 { return x * 0.1 }
func needInt(x int) int           { return x*10 + 1 }

func main() {
	// Untyped constants have arbitrary precision.
	fmt.Println("Small:", Small)
	fmt.Println("needInt(Small):", needInt(Small))
	fmt.Println("needFloat(Big):", needFloat(Big))
	fmt.Println("Big / 1e29 as float:", Big/1e29)

	// Integer vs float constant division
	fmt.Println("7/2 =", 7/2, " 7/2.0 =", 7/2.0, " 7.0/2 =", 7.0/2)
	const q = 7 / 2
	fmt.Printf("q=%v type %T\n", q, q)

	// Default types
	i := 10
	f := 10.0
	r := 'x'
	cplx := 2i
	s := "s"
	fmt.Printf("defaults: %T %T %T %T %T\n", i, f, r, cplx, s)

	// Untyped constants adapt to named types
	var m Meters = 5
	var c Count = 5
	m = m * 2.5
	c = c * 3
	fmt.Printf("m=%v (%T) c=%v (%T)\n", m, m, c, c)

	// Typed constants do not
	const typed int32 = 7
	var x int64 = int64(typed) * 3
	fmt.Println("typed conversion:", x)

	// Precision: constant arithmetic vs float64 arithmetic
	fmt.Println("Third*3 (const) == 1:", Third*3 == 1)
	third := 1.0 / 3
	fmt.Println("third*3 (var) == 1:", third*3 == 1)
	fmt.Println("0.1+0.2 const == 0.3:", 0.1+0.2 == 0.3)
	a, b := 0.1, 0.2
	fmt.Println("0.1+0.2 vars == 0.3:", a+b == 0.3)
	fmt.Printf("a+b = %.17f\n", a+b)

	fmt.Printf("Pi as float32: %v, float64: %v\n", float32(Pi), float64(Pi))
	fmt.Println("math.MaxInt64:", math.MaxInt64)
	fmt.Println("math.MaxUint32+1:", math.MaxUint32+1)
	var u uint64 = math.MaxUint64
	fmt.Println("MaxUint64 in var:", u)

	// rune constants are integers
	fmt.Println("'a'+1 =", 'a'+1, string(rune('a'+1)))
	const shift = 'A' - 'a'
	fmt.Println("upper via shift:", string(rune('g'+shift)))

	// Constant expressions with complex numbers
	const z = (1 + 2i) * (3 - 1i)
	fmt.Println("complex const:", z, real(z), imag(z))
	fmt.Println("len of const string:", len("héllo"))
}
