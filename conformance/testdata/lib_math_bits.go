package main

import (
	"fmt"
	"math/bits"
)

func main() {
	vals := []uint32{0, 1, 6, 255, 1 << 31, 0xF0F0F0F0}
	for _, v := range vals {
		fmt.Printf("%#010x len=%2d ones=%2d lz=%2d tz=%2d rev=%#010x bswap=%#010x\n",
			v, bits.Len32(v), bits.OnesCount32(v), bits.LeadingZeros32(v),
			bits.TrailingZeros32(v), bits.Reverse32(v), bits.ReverseBytes32(v))
	}

	fmt.Println("UintSize:", bits.UintSize)
	fmt.Printf("rotl8 %08b -> %08b\n", uint8(0b10010011), bits.RotateLeft8(0b10010011, 3))
	fmt.Printf("rotr8 %08b -> %08b\n", uint8(0b10010011), bits.RotateLeft8(0b10010011, -3))
	fmt.Println("len64:", bits.Len64(1<<40), "ones16:", bits.OnesCount16(0xFFFF))

	sum, carry := bits.Add64(^uint64(0), 2, 0)
	fmt.Println("add64:", sum, carry)
	diff, borrow := bits.Sub64(1, 2, 0)
	fmt.Println("sub64:", diff, borrow)
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println("mul64:", hi, lo)
	q, r := bits.Div64(hi, lo, 7)
	fmt.Println("div64:", q, r)
	fmt.Println("rem64:", bits.Rem64(1, 0, 1000))

	// 128-bit addition of two numbers made of (hi, lo) pairs
	aHi, aLo := uint64(1), ^uint64(0)
	bHi, bLo := uint64(2), uint64(5)
	l, c := bits.Add64(aLo, bLo, 0)
	h, _ := bits.Add64(aHi, bHi, c)
	fmt.Println("128-bit sum:", h, l)

	// next power of two
	for _, n := range []uint{1, 3, 17, 64, 100} {
		p := uint(1) << bits.Len(n-1)
		fmt.Printf("nextpow2(%d)=%d\n", n, p)
	}
}
