package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1 =", i8)

	var u8 uint8 = 0
	u8--
	fmt.Println("uint8 0-1 =", u8)

	var u16 uint16 = 65535
	u16 += 10
	fmt.Println("uint16 65535+10 =", u16)

	var i32 int32 = math.MaxInt32
	i32 *= 2
	fmt.Println("int32 max*2 =", i32)

	m := int64(math.MinInt64)
	fmt.Println("-MinInt64 =", -m)
	minusOne := int64(-1)
	fmt.Println("MinInt64 / -1 =", m/minusOne)

	// Conversions truncate
	big := 300
	fmt.Println("uint8(300) =", uint8(big))
	neg := -1
	fmt.Println("uint32(-1) =", uint32(neg))
	fmt.Println("int8(200) =", int8(big-100))

	// Float to int truncates toward zero
	for _, fl := range []float64{2.9, -2.9, 0.5, -0.5} {
		fmt.Printf("int(%v) = %d\n", fl, int(fl))
	}

	// Division and modulo with negatives
	fmt.Println("-7/2 =", -7/2, " -7%2 =", -7%2, " 7%-2 =", 7%-2)

	// Shifts
	var one uint8 = 1
	seven, eight := 7, 8
	fmt.Println("uint8 1<<7 =", one<<seven, " 1<<8 =", one<<eight)
	var sx int8 = -128
	fmt.Println("int8 -128>>1 =", sx>>1, " -128>>7 =", sx>>7)

	// Detecting overflow with math/bits
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println("Add64 max+1 -> sum", sum, "carry", carry)
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println("Mul64 2^63*4 -> hi", hi, "lo", lo)

	fmt.Println("LeadingZeros32(1) =", bits.LeadingZeros32(1))
	fmt.Println("OnesCount(255) =", bits.OnesCount(255))
	fmt.Println("Reverse8(0b00010110) =", fmt.Sprintf("%08b", bits.Reverse8(0b00010110)))

	// A wrapping hash
	var h uint32 = 2166136261
	for _, c := range []byte("gopher") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Printf("fnv-1a(gopher) = %#08x\n", h)

	// Binary/hex formatting of negative numbers
	fmt.Printf("%b %x %X %o %O\n", -5, -255, 255, 8, 8)
	minusFive := int8(-5)
	fmt.Printf("uint8 of -5 in binary: %08b\n", uint8(minusFive))
}
