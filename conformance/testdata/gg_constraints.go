package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Celsius float64
type Fahrenheit float64
type UserID int64
type Tag string

func (c Celsius) String() string    { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }
func (f Fahrenheit) String() string { return strconv.FormatFloat(float64(f), 'f', 1, 64) + "°F" }
func (u UserID) String() string     { return "user-" + strconv.FormatInt(int64(u), 10) }

// Float matches any type whose underlying type is a float.
type Float interface{ ~float32 | ~float64 }

// Integer matches any signed integer kind.
type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

// StringerFloat is a float type that also knows how to print itself.
type StringerFloat interface {
	Float
	String() string
}

// Keyish is a string-like type.
type Keyish interface{ ~string }

func Average[T Float](xs ...T) T {
	if len(xs) == 0 {
		return 0
	}
	var sum T
	for _, x := range xs {
		sum += x
	}
	return sum / T(len(xs))
}

// Describe requires both arithmetic and a String method.
func Describe[T StringerFloat](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, ", ") + " avg " + Average(xs...).String()
}

func Abs[T Integer | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Clamp[T Integer | Float](x, lo, hi T) T { return max(lo, min(x, hi)) }

func JoinKeys[K Keyish](ks []K, sep string) string {
	var b strings.Builder
	for i, k := range ks {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(strings.ToUpper(string(k)))
	}
	return b.String()
}

// Convert is a generic numeric conversion between two constrained types.
func Convert[From Integer | Float, To Integer | Float](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func ToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	temps := []Celsius{21.5, 19, 23.25, -4}
	fmt.Println(Describe(temps))
	fahr := make([]Fahrenheit, len(temps))
	for i, t := range temps {
		fahr[i] = ToF(t)
	}
	fmt.Println(Describe(fahr))
	fmt.Printf("avg %%v=%v %%T=%T %%5.2f=%5.2f\n", Average(temps...), Average(temps...), float64(Average(temps...)))

	fmt.Println("abs:", Abs(-7), Abs(Celsius(-3.5)), Abs(UserID(-12)), Abs(int8(-128)))
	fmt.Println("clamp:", Clamp(15, 0, 10), Clamp(-2.5, -1.0, 1.0), Clamp(UserID(5), 1, 9))

	tags := []Tag{"go", "generics", "constraints"}
	fmt.Println("tags:", JoinKeys(tags, "|"))
	fmt.Println("plain:", JoinKeys([]string{"a", "b"}, "+"))

	ids := Convert[float64, UserID]([]float64{1.9, 42, 7.2})
	fmt.Println("ids:", ids)
	fmt.Printf("%T %v\n", ids, ids)
	asF32 := Convert[int, float32]([]int{1, 3, 5})
	fmt.Printf("%T %v\n", asF32, asF32)
	fmt.Println("avg float32:", Average(asF32...))
}
