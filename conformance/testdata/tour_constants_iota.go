// Chapter: variables, constants and iota.
package main

import (
	"fmt"
	"math"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type ByteSize float64

const (
	_           = iota // skip the zero value
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A = iota * 10 // 0
	B             // 10
	_             // 20 skipped
	C             // 30
	D = "hello"   // iota keeps counting
	E             // "hello" repeated
	F = iota      // 6
)

const Big = 1 << 100 // untyped: no overflow as long as it is not materialised
const Small = Big >> 98

func main() {
	// Variable declarations.
	var i int
	var f float64
	var s string
	var b bool
	fmt.Printf("zero values: %d %g %q %t\n", i, f, s, b)

	x, y := 3, "three"
	var (
		u uint8 = 255
		r rune  = 'G'
	)
	u++ // wraps around
	fmt.Println(x, y, u, r, string(r))

	// Typed constants with iota and a String method.
	fmt.Println(Sunday, Wednesday, Saturday, int(Friday))
	fmt.Printf("%v %d %T\n", Tuesday, Tuesday, Tuesday)

	fmt.Printf("KB=%.0f MB=%.0f GB=%.0f TB=%.0f\n", KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)

	// Untyped constant arithmetic is exact and arbitrary precision.
	fmt.Println("Small =", Small)
	fmt.Println("Big/Big =", Big/Big)
	const third = 1.0 / 3
	fmt.Println(third*3 == 1)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)

	// An untyped constant adopts the type demanded by context.
	var f32 float32 = third
	var f64 float64 = third
	fmt.Println(f32, f64)

	const typed int8 = 100
	fmt.Printf("%T %v\n", typed, typed/3)
	fmt.Printf("%T %v\n", 7/2, 7/2)
	fmt.Printf("%T %v\n", 7/2.0, 7/2.0)
	fmt.Printf("%T %v\n", 'a'+1, 'a'+1)
	fmt.Println(math.MaxInt8, math.MinInt16, uint32(math.MaxUint32))
	fmt.Println(math.Pi)
}
