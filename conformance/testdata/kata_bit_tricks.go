package main

import (
	"fmt"
	"math/bits"
)

// popKernighan counts set bits by clearing the lowest one each loop.
func popKernighan(x uint32) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

// BinaryGap returns the longest run of zeros surrounded by ones.
func BinaryGap(n uint32) int {
	best, cur, seenOne := 0, 0, false
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			if seenOne {
				best = max(best, cur)
			}
			seenOne, cur = true, 0
		} else {
			cur++
		}
	}
	return best
}

func Gray(n uint) uint { return n ^ (n >> 1) }

func FromGray(g uint) uint {
	n := g
	for shift := uint(1); shift < 64; shift <<= 1 {
		n ^= n >> shift
	}
	return n
}

func isPowerOfTwo(x uint32) bool { return x != 0 && x&(x-1) == 0 }

func main() {
	fmt.Println("value    binary      pop kern gap pow2  lz")
	for _, v := range []uint32{0, 1, 5, 9, 20, 32, 529, 1041, 255, 170} {
		fmt.Printf("%-8d %011b %3d %4d %3d %-5t %2d\n", v, v, bits.OnesCount32(v), popKernighan(v), BinaryGap(v), isPowerOfTwo(v), bits.LeadingZeros32(v))
	}

	fmt.Println("4-bit gray code:")
	for i := uint(0); i < 16; i++ {
		g := Gray(i)
		diff := "start"
		if i > 0 {
			changed := g ^ Gray(i-1)
			diff = fmt.Sprintf("flip bit %d", bits.TrailingZeros(changed))
		}
		fmt.Printf("  %2d %04b -> %04b %x %s\n", i, i, g, g, diff)
	}

	ok := true
	for i := uint(0); i < 1<<12; i++ {
		if FromGray(Gray(i)) != i {
			ok = false
		}
	}
	fmt.Println("gray round trip 0..4095:", ok)

	var total int
	for i := uint32(0); i < 1<<16; i++ {
		total += popKernighan(i)
	}
	fmt.Printf("total set bits 0..65535: %d (expected %d)\n", total, 16*(1<<15))
	fmt.Printf("reverse 0x%08x -> 0x%08x, rotl8 %#x\n", uint32(0x12345678), bits.Reverse32(0x12345678), bits.RotateLeft32(0x12345678, 8))
}
