package main

import (
	"fmt"
	"math/bits"
)

func popcount(x uint32) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

func reverseBits(x uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func isPowerOfTwo(x int) bool { return x > 0 && x&(x-1) == 0 }

func singleNumber(a []int) int {
	x := 0
	for _, v := range a {
		x ^= v
	}
	return x
}

// twoSingles finds the two values that appear once when all others appear twice.
func twoSingles(a []int) (int, int) {
	xor := singleNumber(a)
	low := xor & -xor
	p, q := 0, 0
	for _, v := range a {
		if v&low != 0 {
			p ^= v
		} else {
			q ^= v
		}
	}
	if p > q {
		p, q = q, p
	}
	return p, q
}

func grayCode(n int) []uint {
	codes := make([]uint, 1<<n)
	for i := range codes {
		codes[i] = uint(i) ^ uint(i)>>1
	}
	return codes
}

func countBitsDP(n int) []int {
	dp := make([]int, n+1)
	for i := 1; i <= n; i++ {
		dp[i] = dp[i>>1] + i&1
	}
	return dp
}

func main() {
	for _, x := range []uint32{0, 1, 7, 0xF0F0, 0xDEADBEEF} {
		fmt.Printf("x=0x%08x popcount=%2d bits.OnesCount=%2d leading0=%2d trailing0=%2d\n",
			x, popcount(x), bits.OnesCount32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x))
	}
	for _, b := range []uint8{1, 6, 0x35, 0xF0} {
		fmt.Printf("%08b reversed %08b (lib %08b)\n", b, reverseBits(b), bits.Reverse8(b))
	}
	x := 0b1011_0100
	fmt.Printf("x          = %08b\n", x)
	fmt.Printf("lowest set = %08b\n", x&-x)
	fmt.Printf("clear low  = %08b\n", x&(x-1))
	fmt.Printf("set bit 0  = %08b\n", x|1)
	fmt.Printf("toggle 7   = %08b\n", x^(1<<7))
	fmt.Printf("bit 4 set  = %t\n", x>>4&1 == 1)
	for _, n := range []int{0, 1, 6, 64, 96, 1024} {
		fmt.Printf("%5d power of two: %v\n", n, isPowerOfTwo(n))
	}
	fmt.Println("single:", singleNumber([]int{4, 1, 2, 1, 2}))
	p, q := twoSingles([]int{1, 2, 1, 3, 2, 5})
	fmt.Println("two singles:", p, q)
	for i, g := range grayCode(3) {
		fmt.Printf("gray %d: %03b\n", i, g)
	}
	fmt.Println("count bits 0..16:", countBitsDP(16))
	a, b := 12, 30
	a ^= b
	b ^= a
	a ^= b
	fmt.Printf("xor swap: a=%d b=%d\n", a, b)
	items := []string{"x", "y", "z"}
	for mask := 0; mask < 1<<len(items); mask++ {
		var sub []string
		for i := range items {
			if mask>>i&1 == 1 {
				sub = append(sub, items[i])
			}
		}
		fmt.Printf("mask %03b -> %v\n", mask, sub)
	}
	fmt.Printf("hex %x, upper %X, rotl %032b\n", 48879, 48879, bits.RotateLeft32(1, -1))
}
