package main

import (
	"fmt"
	"slices"
)

type Vec3 [3]float64

func (v Vec3) Add(o Vec3) Vec3 {
	for i := range v {
		v[i] += o[i]
	}
	return v
}

type Player struct {
	Name  string
	Score [3]int
}

func zeroArray(a [4]int)     { a[0] = 0 }
func zeroArrayPtr(a *[4]int) { a[0] = 0 }
func zeroSlice(s []int)      { s[0] = 0 }

func main() {
	// Step 1: arrays have a fixed length that is part of the type
	var a [4]int
	b := [...]int{1, 2, 3, 4}
	fmt.Printf("step 1: %v %v %T %T\n", a, b, a, b)

	// Step 2: assignment copies an array
	c := b
	c[0] = 100
	fmt.Println("step 2:", b, c)

	// Step 3: assignment of a slice shares the data
	s := []int{1, 2, 3, 4}
	t := s
	t[0] = 100
	fmt.Println("step 3:", s, t)

	// Step 4: passing to functions
	zeroArray(b)
	fmt.Println("step 4: after zeroArray", b)
	zeroArrayPtr(&b)
	fmt.Println("step 5: after zeroArrayPtr", b)
	zeroSlice(s)
	fmt.Println("step 6: after zeroSlice", s)

	// Step 7: arrays are comparable
	x := [3]string{"a", "b", "c"}
	y := [3]string{"a", "b", "c"}
	fmt.Println("step 7:", x == y, x != [3]string{"a", "b"})

	// Step 8: slices are compared with slices.Equal
	fmt.Println("step 8:", slices.Equal(s, t), slices.Equal(s[:2], []int{0, 2}))

	// Step 9: arrays can be map keys
	visits := map[[2]int]int{}
	for _, p := range [][2]int{{0, 0}, {1, 2}, {0, 0}} {
		visits[p]++
	}
	fmt.Println("step 9:", visits[[2]int{0, 0}], visits[[2]int{1, 2}], len(visits))

	// Step 10: slicing an array creates a view into it
	arr := [5]int{10, 20, 30, 40, 50}
	view := arr[1:4]
	view[1] = 333
	fmt.Println("step 10:", arr, view, len(view), cap(view))

	// Step 11: range over an array iterates over a copy
	nums := [3]int{1, 2, 3}
	for i, v := range nums {
		if i == 0 {
			nums[2] = 99
		}
		fmt.Println("step 11:", i, v)
	}
	fmt.Println("step 12:", nums)

	// Step 13: value-receiver methods on array types
	v1 := Vec3{1, 2, 3}
	v2 := v1.Add(Vec3{10, 10, 10})
	fmt.Println("step 13:", v1, v2)

	// Step 14: structs containing arrays are comparable and copied deeply
	p1 := Player{"ann", [3]int{7, 8, 9}}
	p2 := p1
	p2.Score[0] = 0
	fmt.Println("step 14:", p1, p2, p1 == p2)
	p2.Score[0] = 7
	fmt.Println("step 15:", p1 == p2)

	// Step 16: a 2D array is an array of arrays
	var board [3][3]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	board[1][1] = 'X'
	for _, row := range board {
		fmt.Println("step 16:", string(row[:]))
	}

	// Step 17: converting a slice to an array (Go 1.20+)
	data := []byte{'g', 'o', '!', '?'}
	head := [2]byte(data)
	head[0] = 'G'
	fmt.Println("step 17:", string(head[:]), string(data))

	// Step 18: len of an array is a constant
	const n = len([8]int{})
	var buf [n * 2]byte
	fmt.Println("step 18:", n, len(buf))
}
