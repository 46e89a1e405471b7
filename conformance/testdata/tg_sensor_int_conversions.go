package main

import (
	"fmt"
	"math"
)

// Decoding raw sensor frames: signed bytes, wrapping counters, checksums and
// scaling to physical units all depend on exact integer conversion rules.

type Frame struct {
	Raw []byte
}

// Temps are transmitted as two's complement int8 in half-degree steps.
func (f Frame) Temps() []float64 {
	out := make([]float64, 0, len(f.Raw))
	for _, b := range f.Raw {
		out = append(out, float64(int8(b))/2)
	}
	return out
}

// Checksum is a wrapping uint8 sum.
func (f Frame) Checksum() uint8 {
	var sum uint8
	for _, b := range f.Raw {
		sum += b
	}
	return sum
}

// Delta between two wrapping uint16 counters is correct even across wrap-around.
func counterDelta(prev, cur uint16) uint16 { return cur - prev }

func saturate8(v int) int8 {
	switch {
	case v > math.MaxInt8:
		return math.MaxInt8
	case v < math.MinInt8:
		return math.MinInt8
	}
	return int8(v)
}

func main() {
	f := Frame{Raw: []byte{0x00, 0x01, 0x7f, 0x80, 0xff, 0xc8}}
	fmt.Println("temps:", f.Temps())
	fmt.Printf("checksum: %d (0x%02x)\n", f.Checksum(), f.Checksum())

	fmt.Println("counter deltas:", counterDelta(100, 250), counterDelta(65530, 4), counterDelta(5, 5))

	// Signed overflow wraps silently at run time.
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var i32 int32 = math.MaxInt32
	i32 += 2
	fmt.Println("wrapped:", i8, u8, i32)

	// Negating the minimum value yields itself.
	m := int8(math.MinInt8)
	fmt.Println("-MinInt8 =", -m, "abs trick:", m == -m)

	// Conversions truncate or sign-extend.
	var big int64 = 0x1_2345_6789
	fmt.Println("int64 -> int32:", int32(big), "-> uint8:", uint8(big), "-> int8:", int8(big))
	neg := int64(-2)
	fmt.Println("-2 as uint32:", uint32(neg), "as uint8:", uint8(neg), "back to int8:", int8(uint8(neg)))
	minusOne := int8(-1)
	fmt.Println("int8(-1) widened: int64", int64(minusOne), "uint16", uint16(minusOne), "via uint8", uint16(uint8(minusOne)))

	// Float to int conversion truncates toward zero.
	for _, x := range []float64{2.9, -2.9, 0.5, -0.5, 1e3 + 0.999} {
		fmt.Printf("int(%v)=%d round=%v ", x, int(x), math.Round(x))
	}
	fmt.Println()

	// Saturating instead of wrapping.
	for _, v := range []int{-300, -129, -128, 0, 127, 128, 1000} {
		fmt.Printf("%d->%d(wrap %d) ", v, saturate8(v), int8(v))
	}
	fmt.Println()

	// float64 holds integers exactly only up to 2^53.
	exact := int64(1) << 53
	fmt.Println("2^53+1 via float64:", int64(float64(exact+1)), "exact:", exact+1)
	fmt.Println("uint64 max as float64:", float64(uint64(math.MaxUint64)))

	// Mixed arithmetic requires explicit conversions; division semantics differ.
	total, n := 17, 4
	fmt.Println("int div:", total/n, "rem:", total%n, "neg div:", -total/n, "neg rem:", -total%n,
		"float div:", float64(total)/float64(n))

	// Shifts: shifting a uint8 past its width gives 0; signed right shift sign-extends.
	var flags uint8 = 0b1011_0001
	for _, sh := range []uint{1, 4, 8, 9} {
		fmt.Printf("shift %d: flags<<=%08b flags>>=%08b int8(flags)>>=%d\n", sh, flags<<sh, flags>>sh, int8(flags)>>sh)
	}

	// Byte-wise accumulation of a big-endian uint32.
	payload := []byte{0xde, 0xad, 0xbe, 0xef}
	var word uint32
	for _, b := range payload {
		word = word<<8 | uint32(b)
	}
	fmt.Printf("word=0x%08x as int32=%d\n", word, int32(word))
}
