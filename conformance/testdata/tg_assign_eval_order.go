package main

import (
	"fmt"
	"strings"
)

// A ring buffer and a few sequence generators that rely on the precise
// semantics of tuple assignment: all index expressions and right-hand
// operands are evaluated first, then assignments happen left to right.

type Ring struct {
	buf  []int
	head int
}

func (r *Ring) Rotate() {
	// Swap head element with the last one, then advance head, in one statement.
	last := len(r.buf) - 1
	r.buf[r.head], r.buf[last], r.head = r.buf[last], r.buf[r.head], (r.head+1)%len(r.buf)
}

var calls []string

func idx(name string, i int) int {
	calls = append(calls, name)
	return i
}

func main() {
	// Fibonacci with simultaneous assignment.
	a, b := 0, 1
	var fib []int
	for range 12 {
		fib = append(fib, a)
		a, b = b, a+b
	}
	fmt.Println("fib:", fib)

	// i, s[i] = ...: the index on the left uses the OLD i.
	s := []int{10, 20, 30, 40}
	i := 0
	i, s[i] = 2, 99
	fmt.Println("i =", i, "s =", s)

	// Swapping through indices that are themselves being assigned.
	perm := []int{2, 0, 1, 3}
	j := 0
	j, perm[j] = perm[j], j
	fmt.Println("j =", j, "perm =", perm)

	// Left-to-right evaluation of function calls in index expressions and operands.
	grid := make([]int, 5)
	grid[idx("L1", 1)], grid[idx("L2", 3)] = idx("R1", 7), idx("R2", 8)
	fmt.Println("grid:", grid, "call order:", strings.Join(calls, ","))

	// Reversing in place with a two-index swap.
	word := []byte("semantics")
	for l, r := 0, len(word)-1; l < r; l, r = l+1, r-1 {
		word[l], word[r] = word[r], word[l]
	}
	fmt.Println("reversed:", string(word))

	r := &Ring{buf: []int{1, 2, 3, 4, 5}}
	for step := 1; step <= 4; step++ {
		r.Rotate()
		fmt.Printf("rotate %d: buf=%v head=%d\n", step, r.buf, r.head)
	}

	// Op-assignment evaluates the index once.
	counts := []int{0, 0, 0}
	calls = calls[:0]
	counts[idx("inc", 1)] += 5
	counts[idx("inc", 1)]++
	fmt.Println("counts:", counts, "index evaluations:", len(calls))

	// Euclid's algorithm and a running triple.
	x, y := 1071, 462
	for y != 0 {
		x, y = y, x%y
	}
	fmt.Println("gcd(1071, 462) =", x)

	p, q, t := 1, 2, 3
	for range 3 {
		p, q, t = q, t, p+q+t
		fmt.Printf("tribonacci step: %d %d %d\n", p, q, t)
	}

	// Pointer indirection on the left is also evaluated before assignment.
	nodes := []*Ring{{head: 1}, {head: 2}}
	cur := nodes[0]
	cur, cur.head = nodes[1], 50
	fmt.Println("heads:", nodes[0].head, nodes[1].head, "cur:", cur.head)
}
