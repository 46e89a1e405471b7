package main

import (
	"fmt"
	"math"
)

func addInt8(a, b int8) (int8, bool) {
	s := a + b
	overflow := (a > 0 && b > 0 && s < 0) || (a < 0 && b < 0 && s >= 0)
	return s, overflow
}

func main() {
	var i8 int8 = math.MaxInt8
	fmt.Println("int8 max:", i8)
	i8++
	fmt.Println("int8 max + 1:", i8)
	i8 = math.MinInt8
	i8--
	fmt.Println("int8 min - 1:", i8)
	i8 = math.MinInt8
	fmt.Println("-(int8 min):", -i8)

	var u8 uint8 = 250
	for i := 0; i < 8; i++ {
		fmt.Print(u8, " ")
		u8++
	}
	fmt.Println()
	var z uint8
	z--
	fmt.Println("uint8 0 - 1:", z)

	var i32 int32 = math.MaxInt32
	fmt.Println("int32 max + 1:", i32+1)
	fmt.Println("int32 max * 2:", i32*2)
	var u32 uint32 = 1 << 31
	fmt.Println("uint32 (1<<31) * 2:", u32*2)

	// Conversions keep the low bits.
	big := 300
	fmt.Println("int8(300):", int8(big), " uint8(300):", uint8(big))
	neg := -1
	fmt.Println("uint8(-1):", uint8(neg), " uint16(-1):", uint16(neg), " uint32(-1):", uint32(neg))
	var b200 uint8 = 200
	var w int32 = 40000
	fmt.Println("int8(uint8 200):", int8(b200), " int16(int32 40000):", int16(w))

	pairs := [][2]int8{{100, 27}, {100, 28}, {-100, -28}, {-100, -29}, {50, -80}}
	for _, p := range pairs {
		s, o := addInt8(p[0], p[1])
		fmt.Printf("%4d + %4d = %4d overflow=%v\n", p[0], p[1], s, o)
	}

	// Multiplicative hash relies on defined wraparound.
	var h uint32 = 2166136261
	for _, c := range []byte("overflow") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Printf("FNV-1a of \"overflow\": %#08x\n", h)

	// Factorials wrap in int32 after 12!.
	f := int32(1)
	for n := int32(1); n <= 15; n++ {
		f *= n
		if n >= 11 {
			fmt.Printf("%2d! as int32 = %d\n", n, f)
		}
	}

	var shift uint8 = 1
	for i := 0; i < 9; i++ {
		shift <<= 1
	}
	fmt.Println("uint8 1 shifted left 9 times:", shift)
	fmt.Println("int16 min / -1:", divide(math.MinInt16, -1))
}

func divide(a, b int16) int16 { return a / b }
