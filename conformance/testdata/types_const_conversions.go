package main

import (
	"fmt"
	"math"
	"time"
)

type Celsius float64
type Fahrenheit float64
type Miles float64
type Kilometers float64
type UserID int64

const Big = 1 << 100 // untyped: exceeds any integer type, still usable in expressions

const (
	Pi                  = 3.14159265358979323846 // untyped float constant
	TypedPi     float32 = Pi
	Answer              = 42 // untyped int
	TypedAnswer int64   = 42
	Greeting            = "hi" // untyped string
)

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

func (k Kilometers) ToMiles() Miles { return Miles(k * 0.621371) }

func main() {
	// Untyped constants adapt to the context.
	var f32 float32 = Answer
	var f64 float64 = Answer
	var c Celsius = Answer
	var d time.Duration = Answer
	fmt.Println(f32, f64, c, d)
	fmt.Printf("%T %T %T %T\n", f32, f64, c, d)

	// Default types when no context is given.
	a, b, r, s := Answer, Pi, 'x', Greeting
	fmt.Printf("%T %T %T %T\n", a, b, r, s)

	// Big is fine as long as the result fits.
	fmt.Println(Big>>98, Big/(1<<99))

	// Constant arithmetic is exact; runtime float arithmetic is not.
	const third = 1.0 / 3
	fmt.Println(third*3 == 1, 0.1+0.2 == 0.3)
	p, q := 0.1, 0.2
	fmt.Println(p+q == 0.3, p+q)

	// Integer division vs float division with untyped constants.
	fmt.Println(7/2, 7/2.0, 7.0/2)
	var i int = 7
	fmt.Println(i/2, float64(i)/2)

	// Typed constants need explicit conversion.
	fmt.Println(float64(TypedPi) == Pi, TypedPi, TypedAnswer+1)
	fmt.Printf("%.10f\n", float64(TypedPi))

	// Conversions between named types with the same underlying type.
	boil := Celsius(100)
	fmt.Printf("%.1f°C = %.1f°F\n", boil, CToF(boil))
	fmt.Printf("%.1f°F = %.1f°C\n", Fahrenheit(-40), FToC(-40))
	fmt.Printf("%.2f\n", Kilometers(42.195).ToMiles())
	km := Kilometers(10)
	m := Miles(km) // allowed: same underlying type, but semantically wrong!
	fmt.Println("raw conversion:", m, "proper:", km.ToMiles())

	id := UserID(1234)
	fmt.Println(int64(id)+1, id+1, fmt.Sprintf("%T", id+1))

	// Numeric conversions truncate or wrap.
	big, frac := 300, 3.99
	fmt.Println(uint8(big), int8(big), int(frac), int(-frac))
	fl := 1e10
	fmt.Println(int32(int64(fl)), int64(fl))
	fmt.Println(math.MaxInt8, math.MaxUint16, uint32(math.MaxUint32))

	// String conversions.
	fmt.Println(string(rune(65)), []byte("Go"), []rune("héllo"), string([]byte{72, 105}))
	fmt.Println(time.Duration(90) * time.Second)
}
