package main

import (
	"fmt"
	"math/bits"
)

func popcount(x uint32) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func lowestBit(x uint32) uint32 { return x & -x }

func isPowerOfTwo(x uint32) bool { return x != 0 && x&(x-1) == 0 }

func nextPowerOfTwo(x uint32) uint32 {
	if x <= 1 {
		return 1
	}
	x--
	x |= x >> 1
	x |= x >> 2
	x |= x >> 4
	x |= x >> 8
	x |= x >> 16
	return x + 1
}

func reverse8(b uint8) uint8 {
	b = (b&0xF0)>>4 | (b&0x0F)<<4
	b = (b&0xCC)>>2 | (b&0x33)<<2
	b = (b&0xAA)>>1 | (b&0x55)<<1
	return b
}

func gray(n uint32) uint32 { return n ^ (n >> 1) }

func fromGray(g uint32) uint32 {
	n := g
	for s := g >> 1; s != 0; s >>= 1 {
		n ^= s
	}
	return n
}

func singleNumber(xs []int) int {
	acc := 0
	for _, x := range xs {
		acc ^= x
	}
	return acc
}

func main() {
	values := []uint32{0, 1, 6, 12, 64, 255, 1000, 4096}
	for _, v := range values {
		fmt.Printf("x=%4d bin=%13b pop=%d/%d low=%d pow2=%-5v next=%d\n",
			v, v, popcount(v), bits.OnesCount32(v), lowestBit(v), isPowerOfTwo(v), nextPowerOfTwo(v))
	}

	for _, b := range []uint8{0x01, 0x0F, 0xA5, 0x80} {
		fmt.Printf("reverse %08b -> %08b (stdlib %08b)\n", b, reverse8(b), bits.Reverse8(b))
	}

	fmt.Print("gray codes:")
	for i := uint32(0); i < 8; i++ {
		g := gray(i)
		if fromGray(g) != i {
			fmt.Print(" MISMATCH")
		}
		fmt.Printf(" %03b", g)
	}
	fmt.Println()

	mask := uint32(0b1011)
	fmt.Printf("submasks of %04b:", mask)
	for sub := mask; ; sub = (sub - 1) & mask {
		fmt.Printf(" %04b", sub)
		if sub == 0 {
			break
		}
	}
	fmt.Println()

	a, b := 13, 29
	a ^= b
	b ^= a
	a ^= b
	fmt.Println("xor swap:", a, b)
	fmt.Println("single number:", singleNumber([]int{4, 7, 2, 7, 4, 9, 2}))
	fmt.Println("trailing zeros of 40:", bits.TrailingZeros32(40), "len of 40:", bits.Len32(40))
}
