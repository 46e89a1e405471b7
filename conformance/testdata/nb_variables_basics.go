package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Point struct {
	X, Y int
}

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minMax(xs []int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func parsePair(s string) (string, int, error) {
	name, num, found := strings.Cut(s, "=")
	if !found {
		return "", 0, fmt.Errorf("no '=' in %q", s)
	}
	n, err := strconv.Atoi(num)
	if err != nil {
		return name, 0, err
	}
	return name, n, nil
}

func main() {
	// Step 1: short variable declarations
	name := "gopher"
	age := 13
	fmt.Println("step 1:", name, age)

	// Step 2: var with explicit types
	var ratio float64 = 0.75
	var count int32 = 42
	fmt.Printf("step 2: %v (%T), %v (%T)\n", ratio, ratio, count, count)

	// Step 3: zero values
	var i int
	var s string
	var b bool
	var p *Point
	var sl []int
	var m map[string]int
	fmt.Printf("step 3: %d %q %t %v %v %v\n", i, s, b, p, sl == nil, m == nil)

	// Step 4: zero value of a struct
	var pt Point
	fmt.Printf("step 4: %+v\n", pt)

	// Step 5: function with two results
	q, r := divmod(17, 5)
	fmt.Println("step 5:", q, r)

	// Step 6: named results
	lo, hi := minMax([]int{4, -2, 9, 0, 7})
	fmt.Println("step 6:", lo, hi)

	// Step 7: the blank identifier
	_, rem := divmod(100, 7)
	fmt.Println("step 7: remainder only", rem)

	// Step 8: three results, last one an error
	key, val, err := parsePair("width=640")
	fmt.Println("step 8:", key, val, err)

	// Step 9: the error path
	_, _, err = parsePair("height")
	fmt.Println("step 9:", err)

	// Step 10: := needs at least one new variable on the left
	key, extra, err := parsePair("depth=x")
	fmt.Printf("step 10: %q %d %v\n", key, extra, err)

	// Step 11: swap with parallel assignment
	x, y := 1, 2
	x, y = y, x
	fmt.Println("step 11:", x, y)

	// Step 12: a var block
	var (
		width  = 640
		height = 480
		title  string
	)
	title = "screen"
	fmt.Println("step 12:", title, width*height)

	// Step 13: default types of untyped constants
	c1 := 10
	c2 := 10.0
	c3 := 'A'
	c4 := 3 + 4i
	fmt.Printf("step 13: %T %T %T %T\n", c1, c2, c3, c4)

	// Step 14: pointer to a local variable
	n := 5
	np := &n
	*np *= 3
	fmt.Println("step 14:", n, *np == n)

	// Step 15: new returns a pointer to a zero value
	pp := new(Point)
	pp.X = 3
	fmt.Printf("step 15: %+v\n", *pp)

	// Step 16: explicit conversion between numeric types
	var total int = 7
	avg := float64(total) / 2
	fmt.Println("step 16:", avg)
}
