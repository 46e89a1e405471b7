package main

import (
	"fmt"
	"math/bits"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) Has(q Perm) bool { return p&q == q }

func main() {
	x := uint32(0b1011_0110)
	fmt.Printf("%08b %d %d\n", x, bits.OnesCount32(x), bits.TrailingZeros32(x))
	fmt.Printf("%032b\n", bits.Reverse32(x))
	fmt.Println(bits.Len(255), bits.Len(256), bits.LeadingZeros8(1))
	fmt.Println(x&^0b110, x|1, x^0xFF, x<<3, x>>4)
	var p Perm = Read | Exec
	fmt.Println(p.Has(Read), p.Has(Write), p.Has(Read|Exec), p)
	p |= Write
	p &^= Read
	fmt.Printf("%03b\n", p)
	n := 12
	fmt.Println(n&(n-1) == 0, 16&(16-1) == 0, -n, ^n, n&-n)
	var i8 int8 = -128
	fmt.Println(i8>>1, uint8(i8)>>1, i8/-1)
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	sum, carry := bits.Add32(0xFFFFFFFF, 1, 0)
	fmt.Println(sum, carry)
	fmt.Println(bits.RotateLeft8(0b1000_0001, 1))
	set := uint64(0)
	for _, b := range []int{1, 5, 63} {
		set |= 1 << b
	}
	fmt.Printf("%x %d\n", set, bits.OnesCount64(set))
}
