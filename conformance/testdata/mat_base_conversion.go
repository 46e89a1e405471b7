package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// toBase converts n to the given base by repeated division.
func toBase(n int64, base int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	var buf []byte
	for u > 0 {
		buf = append(buf, digits[u%uint64(base)])
		u /= uint64(base)
	}
	if neg {
		buf = append(buf, '-')
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return string(buf)
}

func main() {
	values := []int64{0, 7, 255, -42, 1000, 65535, 1 << 40}
	for _, v := range values {
		b2 := strconv.FormatInt(v, 2)
		b16 := strconv.FormatInt(v, 16)
		b36 := strconv.FormatInt(v, 36)
		fmt.Printf("%14d  bin=%s hex=%s b36=%s\n", v, b2, b16, b36)
		for _, base := range []int{2, 7, 16, 36} {
			if toBase(v, base) != strconv.FormatInt(v, base) {
				fmt.Println("  mismatch in base", base)
			}
		}
	}

	inputs := []struct {
		s    string
		base int
	}{
		{"ff", 16}, {"-1010", 2}, {"777", 8}, {"zz", 36}, {"0x1F", 0},
		{"0b1101", 0}, {"0o17", 0}, {"1_000_000", 0}, {"129", 8}, {"80", 16},
	}
	for _, in := range inputs {
		v, err := strconv.ParseInt(in.s, in.base, 8)
		switch {
		case err == nil:
			fmt.Printf("ParseInt(%q, %d, 8) = %d\n", in.s, in.base, v)
		case errors.Is(err, strconv.ErrRange):
			fmt.Printf("ParseInt(%q, %d, 8) out of range, clamped to %d\n", in.s, in.base, v)
		default:
			fmt.Printf("ParseInt(%q, %d, 8) error: %v\n", in.s, in.base, err)
		}
	}

	u, err := strconv.ParseUint("ffffffffffffffff", 16, 64)
	fmt.Println("max uint64:", u, err, strconv.FormatUint(u, 8))

	fmt.Printf("printf verbs: %b %o %O %x %X %#x\n", 45, 45, 45, 45, 45, 45)
	fmt.Println("padded:", fmt.Sprintf("%08b", 5), strings.ToUpper(strconv.FormatInt(48879, 16)))
}
