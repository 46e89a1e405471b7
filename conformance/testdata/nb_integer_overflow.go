package main

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
)

var ErrOverflow = errors.New("integer overflow")

func addChecked(a, b int64) (int64, error) {
	c := a + b
	if (c > a) != (b > 0) {
		return 0, ErrOverflow
	}
	return c, nil
}

func mulChecked(a, b uint64) (uint64, error) {
	hi, lo := bits.Mul64(a, b)
	if hi != 0 {
		return 0, ErrOverflow
	}
	return lo, nil
}

func main() {
	// Step 1: int8 wraps around
	var i8 int8 = 127
	i8++
	fmt.Println("step 1:", i8)

	// Step 2: unsigned underflow
	var u8 uint8 = 0
	u8--
	fmt.Println("step 2:", u8)

	// Step 3: int64 max plus one
	big := int64(math.MaxInt64)
	big++
	fmt.Println("step 3:", big, big == math.MinInt64)

	// Step 4: negating the minimum value gives itself
	m := int32(math.MinInt32)
	fmt.Println("step 4:", -m, -m == m)

	// Step 5: truncating conversions keep the low bits
	n, n2 := 300, 70000
	fmt.Println("step 5:", int8(n), uint8(n), uint16(n2))

	// Step 6: negative to unsigned
	neg := -1
	fmt.Println("step 6:", uint8(neg), uint32(neg), uint64(neg) == math.MaxUint64)

	// Step 7: float to int truncates toward zero
	f1, f2 := 3.99, -3.99
	fmt.Println("step 7:", int(f1), int(f2), int(math.Round(f2)))

	// Step 8: integer division truncates toward zero too
	a, b := -7, 2
	fmt.Println("step 8:", a/b, a%b, 7/-2, 7%-2)

	// Step 9: sizes and limits
	fmt.Println("step 9:", math.MaxInt8, math.MinInt16, math.MaxUint16, uint32(math.MaxUint32))

	// Step 10: bit sizes from math/bits
	fmt.Println("step 10:", bits.UintSize, bits.Len(255), bits.OnesCount(255), bits.TrailingZeros(40))

	// Step 11: checked addition
	s, err := addChecked(math.MaxInt64-1, 1)
	fmt.Println("step 11:", s, err)
	s, err = addChecked(math.MaxInt64, 1)
	fmt.Println("step 12:", s, err)
	s, err = addChecked(math.MinInt64, -1)
	fmt.Println("step 13:", s, err)

	// Step 14: checked multiplication
	p, err := mulChecked(1<<32, 1<<31)
	fmt.Println("step 14:", p, err)
	p, err = mulChecked(1<<32, 1<<32)
	fmt.Println("step 15:", p, err)

	// Step 16: shifts past the width give zero for unsigned
	var one uint8 = 1
	var sone int8 = 1
	shift := 9
	fmt.Println("step 16:", one<<7, one<<shift, sone<<7)

	// Step 17: byte arithmetic wraps, e.g. a checksum
	var sum byte
	for _, c := range []byte("hello, world") {
		sum += c
	}
	fmt.Println("step 17: checksum", sum)

	// Step 18: untyped constants are exact until converted
	const huge = 1 << 100
	fmt.Println("step 18:", huge>>98, float64(huge))

	// Step 19: mixing types needs explicit conversions
	var small int16 = 1000
	var wide int64 = 5
	fmt.Println("step 19:", int64(small)*wide, small*int16(wide))

	// Step 20: multiplying int16 overflows silently
	small = 300
	fmt.Println("step 20:", small*small, int32(small)*int32(small))

	// Step 21: float to float32 loses precision
	x := 16777217.0
	fmt.Println("step 21:", float32(x), int64(float32(x)))

	// Step 22: rune and byte are aliases
	var r rune = 'A'
	var c byte = 'A'
	fmt.Printf("step 22: %T %T %v\n", r, c, int32(r) == int32(c))
}
