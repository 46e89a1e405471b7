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

var permNames = []string{"read", "write", "exec", "admin"}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for i, name := range permNames {
		if p&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	if extra := p &^ (Read | Write | Exec | Admin); extra != 0 {
		parts = append(parts, fmt.Sprintf("0x%02x", uint8(extra)))
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }
func (p *Perm) Set(q Perm)     { *p |= q }
func (p *Perm) Clear(q Perm)   { *p &^= q }
func (p *Perm) Toggle(q Perm)  { *p ^= q }

func popcountLoop(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	var p Perm
	fmt.Println("start:", p)
	p.Set(Read | Write)
	fmt.Printf("set rw: %v (%04b, %d)\n", p, uint8(p), p)
	p.Toggle(Exec | Write)
	fmt.Printf("toggle we: %v has exec=%t has rw=%t\n", p, p.Has(Exec), p.Has(Read|Write))
	p.Clear(Read)
	p.Set(Admin | 0x40)
	fmt.Printf("%s %08b %#x %T\n", p, uint8(p), uint8(p), p)

	values := []uint64{0, 1, 255, 1 << 40, 0xdeadbeef, ^uint64(0), 12345678901234}
	for _, v := range values {
		fmt.Printf("%20d  ones=%2d/%2d  lz=%2d tz=%2d len=%2d\n",
			v, bits.OnesCount64(v), popcountLoop(v), bits.LeadingZeros64(v), bits.TrailingZeros64(v), bits.Len64(v))
	}

	x := uint32(0x12345678)
	fmt.Printf("x          = %032b\n", x)
	fmt.Printf("rotl 8     = %032b (%#08x)\n", bits.RotateLeft32(x, 8), bits.RotateLeft32(x, 8))
	fmt.Printf("rotr 4     = %#08x\n", bits.RotateLeft32(x, -4))
	fmt.Printf("reverse    = %032b\n", bits.Reverse32(x))
	fmt.Printf("bytes rev  = %#x\n", bits.ReverseBytes32(x))
	fmt.Printf("lowest bit = %d, is pow2(64)=%t\n", x&-x, 64&(64-1) == 0)

	sum, carry := bits.Add64(^uint64(0), 2, 0)
	diff, borrow := bits.Sub64(1, 2, 0)
	fmt.Println("add carry:", sum, carry, "sub borrow:", diff, borrow)

	// subsets of {a,b,c} by bitmask
	items := []string{"a", "b", "c"}
	for mask := range 1 << len(items) {
		var sub []string
		for i := range items {
			if mask>>i&1 == 1 {
				sub = append(sub, items[i])
			}
		}
		fmt.Printf("%03b:%v ", mask, sub)
	}
	fmt.Println()
}
