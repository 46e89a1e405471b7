package main

import (
	"fmt"
	"math"
	"math/bits"
	"strings"
)

// BitSet is a tiny set of small integers backed by a uint64.
type BitSet uint64

func (b BitSet) Has(i uint) bool { return b&(1<<i) != 0 }
func (b *BitSet) Set(i uint)     { *b |= 1 << i }
func (b *BitSet) Clear(i uint)   { *b &^= 1 << i }
func (b BitSet) Count() int      { return bits.OnesCount64(uint64(b)) }

func (b BitSet) String() string {
	var parts []string
	for v := uint64(b); v != 0; v &= v - 1 {
		parts = append(parts, fmt.Sprint(bits.TrailingZeros64(v)))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func nextPow2(n uint32) uint32 {
	if n <= 1 {
		return 1
	}
	return 1 << bits.Len32(n-1)
}

func main() {
	vals := []uint32{0, 1, 6, 255, 1024, 0x80000000, 0xdeadbeef}
	fmt.Printf("%-10s %-32s %4s %4s %4s %4s\n", "value", "binary", "ones", "lz", "tz", "len")
	for _, v := range vals {
		fmt.Printf("%-10d %032b %4d %4d %4d %4d\n", v, v,
			bits.OnesCount32(v), bits.LeadingZeros32(v), bits.TrailingZeros32(v), bits.Len32(v))
	}

	x := uint8(0b1011_0001)
	fmt.Printf("x=%08b rotl3=%08b rotr2=%08b reverse=%08b\n",
		x, bits.RotateLeft8(x, 3), bits.RotateLeft8(x, -2), bits.Reverse8(x))
	fmt.Printf("ReverseBytes32(0x11223344)=%#x ReverseBytes16(0xabcd)=%#x\n",
		bits.ReverseBytes32(0x11223344), bits.ReverseBytes16(0xabcd))

	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println("MaxUint64+1 =", sum, "carry", carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Printf("0-1 = %#x borrow %d\n", diff, borrow)
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Printf("2^63*6 = hi %d lo %d\n", hi, lo)
	q, r := bits.Div64(1, 5, 3)
	fmt.Printf("(2^64+5)/3 = %d rem %d\n", q, r)

	for _, n := range []uint32{0, 1, 5, 16, 17, 1000, 65537} {
		fmt.Printf("nextPow2(%d) = %d\n", n, nextPow2(n))
	}

	var bs BitSet
	for _, i := range []uint{1, 3, 5, 8, 13, 21, 34, 55} {
		bs.Set(i)
	}
	fmt.Println("bitset:", bs, "count:", bs.Count())
	bs.Clear(13)
	fmt.Println("after clear 13:", bs, "has 13:", bs.Has(13), "has 21:", bs.Has(21))

	for i := range uint(8) {
		g := i ^ (i >> 1)
		fmt.Printf("gray(%d) = %03b parity=%d\n", i, g, bits.OnesCount(g)%2)
	}

	fmt.Printf("isPowerOfTwo: 64=%v 96=%v\n", bits.OnesCount(64) == 1, bits.OnesCount(96) == 1)
	fmt.Printf("lowest set bit of 0b101000: %b\n", 0b101000&-0b101000)
	fmt.Printf("float bits of 0.15625: %064b\n", math.Float64bits(0.15625))
}
