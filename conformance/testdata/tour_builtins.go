// Chapter: built-in functions min, max, clear and friends.
package main

import (
	"fmt"
	"math"
)

type Score int

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

func main() {
	// min and max accept one or more ordered operands.
	fmt.Println(min(3), max(3), min(4, 2, 8), max(4, 2, 8))
	fmt.Println(min(2.5, 1), max(-1, -0.5))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	fmt.Println(min(Score(7), 3), max(Score(7), 3))
	fmt.Printf("%T %T\n", min(1, 2.0), min(Score(1), 2))

	// Constant operands yield constants.
	const smallest = min(10, 3, 7)
	var arr [smallest]int
	fmt.Println(len(arr), smallest)

	// NaN propagates through min and max.
	nan := math.NaN()
	fmt.Println(min(1, nan), max(nan, 1), min(math.Inf(-1), 0), max(-0.0, 0.0))

	for _, v := range []int{-5, 5, 50} {
		fmt.Print(clamp(v, 0, 10), " ")
	}
	fmt.Println()

	// clear on a map removes all entries.
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m == nil)
	m["c"] = 3
	fmt.Println(alias)

	// clear on a slice zeroes the elements but keeps the length.
	s := []int{1, 2, 3, 4, 5}
	view := s[1:3]
	clear(view)
	fmt.Println(s, len(view))
	strs := []string{"x", "y"}
	clear(strs)
	fmt.Printf("%q %d\n", strs, len(strs))
	type P struct{ N int }
	ptrs := []*P{{1}, {2}}
	clear(ptrs)
	fmt.Println(ptrs[0] == nil, ptrs[1] == nil)

	// len, cap, make, append, copy, new, complex, real, imag.
	buf := make([]byte, 2, 8)
	fmt.Println(len(buf), cap(buf))
	buf = append(buf, "go"...)
	fmt.Println(buf, len(buf), cap(buf))
	n := copy(buf, "xyz")
	fmt.Println(n, string(buf))
	ch := make(chan int, 4)
	ch <- 1
	fmt.Println(len(ch), cap(ch))
	fmt.Println(len("héllo"), len([3]int{}), cap([3]int{}))
	p := new(float64)
	*p = 2
	c := complex(*p, 3)
	fmt.Println(c, real(c), imag(c))

	// len of a constant string is a constant.
	const greeting = "hello"
	var fixed [len(greeting)]byte
	copy(fixed[:], greeting)
	fmt.Println(len(fixed), string(fixed[:]))

	// max as a running reduction.
	var counts [3]int
	for _, v := range []int{0, 2, 2, 1, 2} {
		counts[v]++
	}
	best := 0
	for i := range counts {
		best = max(best, counts[i])
	}
	fmt.Println(counts, best)
}
