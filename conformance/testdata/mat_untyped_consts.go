package main

import (
	"fmt"
	"math"
)

const (
	Huge     = 1 << 100
	Shrunk   = Huge >> 98
	Third    = 1.0 / 3
	IntDiv   = 7 / 2
	FloatDiv = 7 / 2.0
	Big      = 1e300 * 1e300 / 1e300 // intermediate exceeds float64 but is fine
	Precise  = 0.1 + 0.2
	Ratio    = Huge / (1 << 97)
)

type Celsius float64
type Meters int

func main() {
	fmt.Println("Huge >> 98 =", Shrunk)
	fmt.Println("Huge / 2^97 =", Ratio)
	fmt.Println("7 / 2 =", IntDiv, " 7 / 2.0 =", FloatDiv)
	fmt.Println("1.0/3 =", Third)
	fmt.Println("1e300*1e300/1e300 =", Big)
	fmt.Println("constant 0.1+0.2 == 0.3:", Precise == 0.3)

	x, y := 0.1, 0.2
	fmt.Println("variable 0.1+0.2 == 0.3:", x+y == 0.3)

	// An untyped constant adopts the type required by context.
	var c Celsius = 36.6
	var m Meters = 1000
	half := c / 2
	double := m * 2
	fmt.Printf("%T %v, %T %v\n", half, half, double, double)

	// Default types when no context is given.
	i, f, r, z := 42, 4.2, 'A', 2i
	fmt.Printf("defaults: %T %T %T %T\n", i, f, r, z)

	// Typed vs untyped division.
	const typed int = 10
	const untyped = 10
	fmt.Println("typed/4 =", typed/4, " untyped/4.0 =", untyped/4.0)

	// Constants with exact arithmetic at arbitrary precision.
	const bigMul = math.MaxUint64 * 3 / 3
	var u uint64 = bigMul
	fmt.Println("MaxUint64*3/3 fits:", u)
	fmt.Println("math.Pi as float32:", float32(math.Pi), " as float64:", math.Pi)
	const piSquared = math.Pi * math.Pi
	fmt.Printf("pi^2 = %.15f\n", piSquared)

	// Rune and byte arithmetic on constants.
	const letter = 'a' + 2
	fmt.Println("'a' + 2 =", letter, string(rune(letter)))
	var b byte = 'z' - 'a'
	fmt.Println("'z' - 'a' =", b)

	// Shifts of untyped constants take the type from context.
	var shiftF float64 = 1 << 10
	var shiftI int64 = 1 << 62
	fmt.Println("1<<10 as float64:", shiftF, " 1<<62 as int64:", shiftI)

	const huge = 1e1000
	fmt.Println("1e1000 / 1e999 =", huge/1e999)
	fmt.Println("MaxInt64 + 1 - 1 =", math.MaxInt64+1-1)
	fmt.Println("len of const string:", len("constant"), " complex const:", complex(3, 4)*2)
}
