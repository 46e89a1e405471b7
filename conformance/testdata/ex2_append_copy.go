package main

import (
	"fmt"
	"slices"
)

func describe(name string, s []int) {
	fmt.Printf("%-6s len=%d %v\n", name, len(s), s)
}

func main() {
	// append within capacity: len/cap are fully determined
	s := make([]int, 0, 5)
	for i := range 5 {
		s = append(s, i*i)
		fmt.Printf("append %2d -> len=%d cap=%d\n", i*i, len(s), cap(s))
	}

	// two appends to the same prefix share storage while cap allows
	p := s[:2]
	q := append(p, 100)
	fmt.Println("p:", p, "q:", q, "s:", s)

	// after growing past capacity only length is predictable,
	// but cap is at least len
	grown := append(s, 5, 6, 7)
	fmt.Println("grown len:", len(grown), "cap>=len:", cap(grown) >= len(grown))
	grown[0] = -1
	fmt.Println("s[0] after grown[0]=-1:", s[0])

	// copy returns the number of elements copied (min of both lengths)
	dst := make([]int, 3)
	n := copy(dst, s)
	describe("dst", dst)
	fmt.Println("copied:", n)
	n = copy(dst, []int{9})
	describe("dst", dst)
	fmt.Println("copied:", n)

	// overlapping copy shifts elements
	buf := []int{1, 2, 3, 4, 5}
	copy(buf[1:], buf)
	describe("shift", buf)

	// copy from string to byte slice
	bs := make([]byte, 4)
	n = copy(bs, "hello")
	fmt.Printf("bytes %q copied=%d\n", bs, n)

	// append a slice to itself
	d := []int{1, 2}
	d = append(d, d...)
	describe("double", d)

	// nil slice vs empty slice
	var nilS []int
	empty := []int{}
	fmt.Println("nil:", nilS == nil, len(nilS), cap(nilS))
	fmt.Println("empty:", empty == nil, len(empty), cap(empty))
	nilS = append(nilS, 1)
	describe("nilS", nilS)

	// slices.Clone gives independent storage; Grow ensures capacity
	c := slices.Clone(s)
	c[1] = 111
	fmt.Println("s:", s, "clone:", c)
	g := slices.Grow([]int{1}, 10)
	fmt.Println("after Grow len:", len(g), "cap>=11:", cap(g) >= 11)

	// three-index slice caps capacity exactly
	t := s[1:3:4]
	fmt.Println("t:", t, "len", len(t), "cap", cap(t))
}
