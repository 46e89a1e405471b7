package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

func (p Perm) String() string {
	s := []byte("----")
	for i, c := range "rwxa" {
		if p&(1<<i) != 0 {
			s[i] = byte(c)
		}
	}
	return string(s)
}

func popcount(x uint) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func isPow2(x uint) bool { return x != 0 && x&(x-1) == 0 }

func nextPow2(x uint32) uint32 {
	if x == 0 {
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

func reverseByte(b uint8) uint8 {
	var r uint8
	for range 8 {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func grayCode(n uint) uint { return n ^ n>>1 }

func main() {
	for _, x := range []uint{0, 1, 6, 7, 64, 255, 1023} {
		fmt.Printf("%4d = %012b  ones=%d (bits pkg %d) pow2=%-5t lowest=%d\n",
			x, x, popcount(x), bits.OnesCount(x), isPow2(x), x&-x)
	}

	var parts []string
	for _, x := range []uint32{0, 5, 17, 100, 1024} {
		parts = append(parts, fmt.Sprintf("nextPow2(%d)=%d", x, nextPow2(x)))
	}
	fmt.Println(strings.Join(parts, ", "))

	for _, b := range []uint8{0b00000001, 0b10110000, 0xF0} {
		fmt.Printf("%08b reversed %08b (bits pkg %08b)\n", b, reverseByte(b), bits.Reverse8(b))
	}

	fmt.Println("3-bit gray code:")
	for i := range uint(8) {
		fmt.Printf("  %d %03b -> %03b\n", i, i, grayCode(i))
	}

	a, b := 12, 25
	a ^= b
	b ^= a
	a ^= b
	fmt.Println("xor swap:", a, b)

	p := Read | Exec
	fmt.Printf("perm %v (%d, %#x)\n", p, p, uint8(p))
	p |= Write
	p &^= Exec
	fmt.Printf("after +w -x: %v has write=%t exec=%t\n", p, p&Write != 0, p&Exec != 0)
	fmt.Printf("all: %v  type %T\n", Read|Write|Exec|Admin, p)
	fmt.Printf("leading zeros of uint16(1)=%d trailing zeros of 40=%d\n",
		bits.LeadingZeros16(1), bits.TrailingZeros(40))
}
