package main

import (
	"fmt"
	"math"
	"time"
)

// Storage and time units built from untyped constants. Intermediate values
// may exceed any machine type as long as the final result fits.

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

func (b ByteSize) String() string {
	switch {
	case b >= YB:
		return fmt.Sprintf("%.2fYB", b/YB)
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", float64(b))
}

const (
	huge      = 1 << 100              // untyped, far beyond uint64
	fitsAgain = huge >> 98            // 4
	ratio     = huge / (1 << 97)      // 8, exact
	third     = 1.0 / 3               // untyped float, arbitrary precision
	nine      = third * 27            // exactly 9 as a constant
	typedSec  = 90 * time.Second      // typed Duration
	mask      = ^uint32(0)            // typed: all bits set
	signedNot = ^0                    // untyped int: -1
	bigFloat  = 1e20                  // untyped float constant
	asInt     = int64(bigFloat / 1e2) // exact division, fits in int64
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

func main() {
	fmt.Println("sizes:", KB, MB, GB, ByteSize(1500), ByteSize(3.5*float64(TB)), YB*1024)
	fmt.Println("fitsAgain:", fitsAgain, "ratio:", ratio)
	fmt.Println("nine is int-convertible:", int(nine), "third*3 == 1:", third*3 == 1)

	// Constant arithmetic is exact; the same sums on float64 variables round.
	const tenth, fifth = 0.1, 0.2
	x, y := tenth, fifth
	fmt.Println("const 0.1+0.2 == 0.3:", tenth+fifth == 0.3, "var:", x+y == 0.3, "x+y =", x+y)

	fmt.Println("typedSec:", typedSec, "minutes:", typedSec.Minutes())
	fmt.Println("mask:", mask, "signedNot:", signedNot, "asInt:", asInt)

	// Untyped constants adopt the type demanded by context.
	var f32 float32 = third
	var f64 float64 = third
	var d time.Duration = 2.5e9 // representable as an integer, so allowed
	fmt.Println("f32:", f32, "f64:", f64, "d:", d)

	// Integer division of constants is integer division if both are untyped ints.
	const a, b = 7, 2
	const c = 7.0 / 2
	fmt.Println("7/2 =", a/b, "7.0/2 =", c, "float64(a)/b =", float64(a)/b)

	// Typed constants must fit their type at compile time; runtime values wrap.
	const maxU8 uint8 = math.MaxUint8
	v := maxU8
	v++
	fmt.Println("maxU8:", maxU8, "runtime +1:", v)

	// Shifts with untyped constant left operand take the type from context.
	var s uint = 33
	var i64 int64 = 1 << s
	fmt.Println("1<<33 as int64:", i64, "MaxInt64>>62:", math.MaxInt64>>62)

	fmt.Println("weekdays:", Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Printf("kinds: %T %T %T %T\n", fitsAgain, third, typedSec, 'x'+1)
	fmt.Println("pi as float32 vs float64:", float32(math.Pi), math.Pi)
	fmt.Println("large typed product:", int64(math.MaxInt32)*int64(math.MaxInt32))
}
