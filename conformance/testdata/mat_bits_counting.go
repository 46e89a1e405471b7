package main

import (
	"fmt"
	"math/bits"
)

// popNaive counts set bits by clearing the lowest one each step.
func popNaive(x uint32) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func isPowerOfTwo(x uint) bool { return x != 0 && x&(x-1) == 0 }

func nextPowerOfTwo(x uint32) uint32 {
	if x <= 1 {
		return 1
	}
	return 1 << (32 - bits.LeadingZeros32(x-1))
}

func main() {
	vals := []uint32{0, 1, 6, 255, 1024, 0xDEADBEEF, 0x80000000, 0xFFFFFFFF}
	fmt.Printf("%10s %5s %4s %4s %4s %10s\n", "value", "ones", "lz", "tz", "len", "reversed")
	for _, v := range vals {
		if popNaive(v) != bits.OnesCount32(v) {
			fmt.Println("popcount mismatch for", v)
		}
		fmt.Printf("%10d %5d %4d %4d %4d %#10x\n", v, bits.OnesCount32(v),
			bits.LeadingZeros32(v), bits.TrailingZeros32(v), bits.Len32(v), bits.Reverse32(v))
	}

	x := uint8(0b10110001)
	for _, k := range []int{1, 3, -2} {
		fmt.Printf("RotateLeft8(%08b, %2d) = %08b\n", x, k, bits.RotateLeft8(x, k))
	}
	fmt.Printf("ReverseBytes16(0x1234) = %#x\n", bits.ReverseBytes16(0x1234))

	sum, carry := bits.Add64(1<<63, 1<<63, 0)
	fmt.Println("Add64 overflow: sum", sum, "carry", carry)
	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 3)
	fmt.Printf("Mul64: hi=%d lo=%#x\n", hi, lo)
	q, r := bits.Div64(0, 100, 7)
	fmt.Println("Div64 100/7:", q, r)

	var powers []uint
	for i := uint(0); i <= 70; i++ {
		if isPowerOfTwo(i) {
			powers = append(powers, i)
		}
	}
	fmt.Println("powers of two up to 70:", powers)
	for _, v := range []uint32{0, 5, 16, 17, 1000} {
		fmt.Printf("next power of two >= %d: %d\n", v, nextPowerOfTwo(v))
	}

	// Total ones across 0..1023 should be 10 * 512.
	total := 0
	for i := uint(0); i < 1024; i++ {
		total += bits.OnesCount(i)
	}
	fmt.Println("ones in 0..1023:", total, "expected:", 10*512)
}
