// Exercises 2.3-2.5: population count variants.
package main

import "fmt"

// pc[i] is the population count of i.
var pc [256]byte

func init() {
	for i := range pc {
		pc[i] = pc[i/2] + byte(i&1)
	}
}

// PopCountTable uses the precomputed table in a single expression.
func PopCountTable(x uint64) int {
	return int(pc[byte(x>>(0*8))] +
		pc[byte(x>>(1*8))] +
		pc[byte(x>>(2*8))] +
		pc[byte(x>>(3*8))] +
		pc[byte(x>>(4*8))] +
		pc[byte(x>>(5*8))] +
		pc[byte(x>>(6*8))] +
		pc[byte(x>>(7*8))])
}

// PopCountLoop uses the table with a loop.
func PopCountLoop(x uint64) int {
	n := 0
	for i := range 8 {
		n += int(pc[byte(x>>(uint(i)*8))])
	}
	return n
}

// PopCountShift tests the rightmost bit 64 times.
func PopCountShift(x uint64) int {
	n := 0
	for range 64 {
		n += int(x & 1)
		x >>= 1
	}
	return n
}

// PopCountClear uses x&(x-1) to clear the rightmost set bit.
func PopCountClear(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	inputs := []uint64{0, 1, 2, 3, 255, 256, 0xF0F0, 1<<63 | 1, 0x123456789ABCDEF0, ^uint64(0)}
	funcs := []struct {
		name string
		f    func(uint64) int
	}{
		{"table", PopCountTable},
		{"loop", PopCountLoop},
		{"shift", PopCountShift},
		{"clear", PopCountClear},
	}
	for _, x := range inputs {
		fmt.Printf("0x%016x:", x)
		results := make(map[int]bool)
		for _, fn := range funcs {
			n := fn.f(x)
			results[n] = true
			fmt.Printf(" %s=%d", fn.name, n)
		}
		fmt.Printf(" agree=%t\n", len(results) == 1)
	}
}
