package main

import (
	"errors"
	"fmt"
	"math"
)

type Integer interface {
	~int8 | ~uint8 | ~int16 | ~int32 | ~uint32 | ~int64
}

var ErrOverflow = errors.New("integer overflow")

// checkedAdd reports whether a+b wrapped around.
func checkedAdd[T Integer](a, b T) (T, error) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return s, fmt.Errorf("%v + %v = %v (%T): %w", a, b, s, s, ErrOverflow)
	}
	return s, nil
}

func wrapTable[T Integer](name string, start T, steps int) {
	v := start
	fmt.Printf("%-6s", name)
	for range steps {
		fmt.Printf(" %5v", v)
		v++
	}
	fmt.Println()
}

func main() {
	var i8 int8 = math.MaxInt8
	var u8 uint8 = math.MaxUint8
	var i32 int32 = math.MaxInt32
	var u32 uint32
	fmt.Println("int8 max+1:", i8+1, "| uint8 max+1:", u8+1, "| int32 max+1:", i32+1, "| uint32 0-1:", u32-1)

	wrapTable("int8", int8(125), 6)
	wrapTable("uint8", uint8(253), 6)
	wrapTable("int16", int16(-32766), 4)

	var m int8 = math.MinInt8
	fmt.Println("-(-128) =", -m, " -128/-1 =", m/int8(-1), " -128%-1 =", m%int8(-1))
	fmt.Println("abs trick fails:", m < 0 && -m < 0)

	var x uint8 = 200
	var y uint8 = 100
	fmt.Printf("200+100 = %d, 100-200 = %d, 200*2 = %d\n", x+y, y-x, x*2)
	neg := int8(-56)
	fmt.Printf("conversions: %d %d %d\n", uint8(int(x)+int(y)), int8(x), uint8(neg))
	fmt.Printf("int32 wrap: %d, %d\n", i32*2, int32(int64(i32)*3))

	big := int64(1) << 40
	minus, wide := int32(-1), int32(0x1ff)
	fmt.Printf("int32(1<<40 + 5) = %d, uint16 of -1 = %d, int8(0x1ff) = %d\n", int32(big+5), uint16(minus), int8(wide))

	fmt.Printf("%08b -> %08b (shift left, uint8)\n", x, x<<1)
	fmt.Printf("%d >> 1 = %d (arithmetic), %d >> 1 = %d (logical)\n", int8(-7), int8(-7)>>1, uint8(0xf9), uint8(0xf9)>>1)

	if s, err := checkedAdd(int8(100), int8(50)); err != nil {
		fmt.Println("error:", err, "| is overflow:", errors.Is(err, ErrOverflow), "| result", s)
	}
	if s, err := checkedAdd(int32(-2_000_000_000), int32(-500_000_000)); err != nil {
		fmt.Println("error:", err)
	} else {
		fmt.Println("ok", s)
	}
	if s, err := checkedAdd(uint8(10), uint8(20)); err == nil {
		fmt.Println("uint8 10+20 ok:", s)
	}

	// factorial until int32 overflows
	f := int32(1)
	for n := int32(1); n <= 14; n++ {
		prev := f
		f *= n
		if f/n != prev {
			fmt.Printf("int32 factorial overflows at %d! -> %d\n", n, f)
			break
		}
	}
	fmt.Println("limits:", math.MinInt64, uint64(math.MaxUint64), math.MaxInt16)
}
