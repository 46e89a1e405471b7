package main

import (
	"fmt"
	"math/bits"
	"strings"
)

// Perm is a set of permissions stored as bit flags.
type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for i, name := range []string{"read", "write", "exec", "admin"} {
		if p&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }

func popcountKernighan(x uint32) (count, steps int) {
	for x != 0 {
		x &= x - 1 // clear lowest set bit
		count++
		steps++
	}
	return
}

func isPowerOfTwo(x uint) bool { return x != 0 && x&(x-1) == 0 }

func nextPowerOfTwo(x uint32) uint32 {
	if x <= 1 {
		return 1
	}
	return 1 << (32 - bits.LeadingZeros32(x-1))
}

// singleNumber finds the element that appears once when all others appear twice.
func singleNumber(xs []int) int {
	acc := 0
	for _, x := range xs {
		acc ^= x
	}
	return acc
}

// subsets enumerates all subsets of items using a bitmask.
func subsets[T any](items []T) [][]T {
	n := len(items)
	out := make([][]T, 0, 1<<n)
	for mask := range 1 << n {
		var s []T
		for i := range n {
			if mask>>i&1 == 1 {
				s = append(s, items[i])
			}
		}
		out = append(out, s)
	}
	return out
}

func grayCode(n int) []string {
	codes := make([]string, 1<<n)
	for i := range codes {
		codes[i] = fmt.Sprintf("%0*b", n, i^(i>>1))
	}
	return codes
}

func main() {
	var p Perm = Read | Exec
	fmt.Printf("p=%v (%04b)\n", p, uint8(p))
	p |= Write
	p &^= Exec
	fmt.Printf("after +write -exec: %v (%04b)\n", p, uint8(p))
	fmt.Println("has read|write:", p.Has(Read|Write), " has admin:", p.Has(Admin))
	p ^= Admin
	fmt.Printf("toggled admin: %v, zero value: %v\n", p, Perm(0))

	for _, x := range []uint32{0, 1, 0b1011_0110, 0xFFFF, 1 << 31} {
		c, steps := popcountKernighan(x)
		fmt.Printf("x=%#08x pop=%2d (steps %2d, stdlib %2d) tz=%2d next2=%d\n",
			x, c, steps, bits.OnesCount32(x), bits.TrailingZeros32(x), nextPowerOfTwo(x))
	}
	for _, x := range []uint{0, 1, 6, 64, 96, 1024} {
		fmt.Printf("%d power of two: %t\n", x, isPowerOfTwo(x))
	}
	fmt.Println("single number:", singleNumber([]int{4, 1, 2, 1, 2, 7, 4}))
	fmt.Println("subsets of abc:", subsets([]string{"a", "b", "c"}))
	fmt.Println("gray code n=3:", grayCode(3))
	var v uint16 = 0b0000_0001_0010_1100
	fmt.Printf("reverse16(%016b) = %016b\n", v, bits.Reverse16(v))
	fmt.Printf("rotate left 4: %016b\n", bits.RotateLeft16(v, 4))
	a, b := 12, 30
	a ^= b
	b ^= a
	a ^= b
	fmt.Println("xor swap:", a, b)
}
