package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Flags uint8

const (
	Read Flags = 1 << iota
	Write
	Exec
	Hidden
	Archive
)

var flagNames = []string{"Read", "Write", "Exec", "Hidden", "Archive"}

func (f Flags) String() string {
	if f == 0 {
		return "None"
	}
	var parts []string
	for i, n := range flagNames {
		if f&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if rest := f &^ (1<<len(flagNames) - 1); rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint8(rest)))
	}
	return strings.Join(parts, "|")
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1 // clear lowest set bit
		n++
	}
	return n
}

func isPowerOfTwo(x uint) bool { return x != 0 && x&(x-1) == 0 }

func nextPow2(x uint32) uint32 {
	if x <= 1 {
		return 1
	}
	return 1 << (32 - bits.LeadingZeros32(x-1))
}

func singleNumber(xs []int) int {
	r := 0
	for _, x := range xs {
		r ^= x
	}
	return r
}

func subsets[T any](items []T) [][]T {
	var out [][]T
	for mask := 0; mask < 1<<len(items); mask++ {
		var s []T
		for i := range items {
			if mask>>i&1 == 1 {
				s = append(s, items[i])
			}
		}
		out = append(out, s)
	}
	return out
}

func main() {
	perm := Read | Write
	fmt.Printf("perm=%v (%05b)\n", perm, uint8(perm))
	perm |= Exec
	perm &^= Write
	fmt.Printf("perm=%v (%05b) has exec: %t\n", perm, uint8(perm), perm&Exec != 0)
	fmt.Println("all:", Read|Write|Exec|Hidden|Archive, "| none:", Flags(0), "| odd:", Flags(0xA1))

	fmt.Printf("%-6s %-10s %4s %4s %4s %5s\n", "n", "binary", "pop", "tz", "lz32", "pow2?")
	for _, n := range []uint64{0, 1, 6, 64, 255, 1000} {
		fmt.Printf("%-6d %010b %4d %4d %4d %5t\n",
			n, n, popcount(n), bits.TrailingZeros64(n), bits.LeadingZeros32(uint32(n)), isPowerOfTwo(uint(n)))
	}
	if popcount(0xDEADBEEF) != bits.OnesCount64(0xDEADBEEF) {
		panic("popcount mismatch")
	}
	fmt.Printf("0xDEADBEEF: ones=%d reversed=%#x rotl8=%#x\n",
		bits.OnesCount32(0xDEADBEEF), bits.Reverse32(0xDEADBEEF), bits.RotateLeft32(0xDEADBEEF, 8))
	for _, x := range []uint32{0, 5, 16, 17, 1000} {
		fmt.Printf("nextPow2(%d)=%d  ", x, nextPow2(x))
	}
	fmt.Println()

	fmt.Print("gray code: ")
	for i := range 8 {
		fmt.Printf("%03b ", i^(i>>1))
	}
	fmt.Println()
	fmt.Println("single number:", singleNumber([]int{4, 1, 2, 1, 2, 7, 4}))
	a, b := 12, 25
	a ^= b
	b ^= a
	a ^= b
	fmt.Println("xor swap:", a, b)
	for _, s := range subsets([]string{"x", "y", "z"}) {
		fmt.Printf("%q ", s)
	}
	fmt.Println()
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Printf("2^63*6 = hi:%d lo:%d\n", hi, lo)
}
