// Chapter: arrays are values.
package main

import "fmt"

type Point [2]int

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2 // modifies the callee's copy only
	}
	return a
}

func doubleInPlace(a *[3]int) {
	for i := range a {
		a[i] *= 2 // auto-dereference of array pointer
	}
}

func main() {
	var zero [4]int
	fmt.Println(zero, len(zero))

	a := [3]int{1, 2, 3}
	b := a // copy of the whole array
	b[0] = 100
	fmt.Println("a:", a, "b:", b)

	fmt.Println("double returns:", double(a), "a still:", a)
	doubleInPlace(&a)
	fmt.Println("after doubleInPlace:", a)

	// Arrays of comparable elements are comparable.
	c := [...]int{2, 4, 6}
	fmt.Printf("%T %v a==c: %v\n", c, c, a == c)
	c[2] = 7
	fmt.Println("a==c now:", a == c, "a!=c:", a != c)

	// Index keys in composite literals.
	sparse := [...]string{2: "two", 5: "five"}
	fmt.Printf("%d %q\n", len(sparse), sparse)

	// Arrays as map keys.
	seen := map[Point]string{}
	seen[Point{1, 2}] = "first"
	seen[Point{1, 2}] = "again"
	seen[Point{0, 0}] = "origin"
	fmt.Println(seen, len(seen))

	// Multidimensional arrays.
	var grid [3][4]int
	for r := range grid {
		for col := range grid[r] {
			grid[r][col] = r * col
		}
	}
	fmt.Println(grid)
	row := grid[2] // copy of the row
	row[3] = -1
	fmt.Println(grid[2], row)

	// Ranging over an array copies it first when you use the value.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 99
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(arr)

	// Slicing an array shares storage.
	s := arr[:]
	s[0] = -5
	fmt.Println(arr, s, len(s), cap(s))

	// Struct containing an array is also copied by value.
	type Board struct{ Cells [2][2]rune }
	x := Board{Cells: [2][2]rune{{'x', 'o'}, {'o', 'x'}}}
	y := x
	y.Cells[0][0] = '.'
	fmt.Println(string(x.Cells[0][:]), string(y.Cells[0][:]), x == y)
}
