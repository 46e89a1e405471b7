package main

import "fmt"

func zeroArray(a [4]int) { a[0] = 0 }

func zeroArrayPtr(a *[4]int) { a[0] = 0 }

func zeroSlice(s []int) { s[0] = 0 }

type Matrix [2][2]int

func (m Matrix) Transposed() Matrix {
	m[0][1], m[1][0] = m[1][0], m[0][1]
	return m
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[1] = 20
	fmt.Println("arrays are values:", a, b)

	zeroArray(a)
	fmt.Println("after zeroArray:", a)
	zeroArrayPtr(&a)
	fmt.Println("after zeroArrayPtr:", a)

	s := a[:]
	zeroSlice(s[1:])
	fmt.Println("slice writes through:", a, s)

	fmt.Println("array equality:", a == [4]int{0, 0, 3, 4}, a == b)

	visits := map[[2]int]string{{0, 0}: "origin", {1, 2}: "point"}
	fmt.Println("array key lookup:", visits[[2]int{1, 2}], len(visits))

	// Ranging over an array iterates over a copy of it.
	arr := [3]int{10, 20, 30}
	for i, v := range arr {
		if i == 0 {
			arr[2] = 99
		}
		fmt.Print(v, " ")
	}
	fmt.Println("| arr now", arr)

	// Ranging over a slice sees updates to the shared backing array.
	sl := []int{10, 20, 30}
	for i, v := range sl {
		if i == 0 {
			sl[2] = 99
		}
		fmt.Print(v, " ")
	}
	fmt.Println("| sl now", sl)

	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println("copied", n, dst)
	n = copy(src[1:], src)
	fmt.Println("overlap copy", n, src)
	bs := make([]byte, 4)
	n = copy(bs, "hello")
	fmt.Println("copy from string", n, string(bs))

	var arrCopy [5]int
	copy(arrCopy[:], src)
	fmt.Println("into array:", arrCopy, len(arrCopy))

	m := Matrix{{1, 2}, {3, 4}}
	t := m.Transposed()
	fmt.Println("matrix:", m, "transposed:", t)

	grid := [2][3]string{}
	row := grid[0]
	row[1] = "x"
	grid[1][2] = "y"
	fmt.Printf("%q %q\n", grid, row)

	ptrs := [2]*int{new(int), new(int)}
	cp := ptrs
	*cp[0] = 7
	fmt.Println("copied pointers share targets:", *ptrs[0], *ptrs[1])

	sliceOfArrays := [][2]int{{1, 2}, {3, 4}}
	first := sliceOfArrays[0]
	first[0] = 100
	sliceOfArrays[1][0] = 300
	fmt.Println(sliceOfArrays, first)

	arrPtr := &[3]string{"a", "b", "c"}
	for i := range arrPtr {
		arrPtr[i] += arrPtr[i]
	}
	fmt.Println(*arrPtr, len(arrPtr))
	conv := [3]string(arrPtr[:])
	fmt.Println("slice to array:", conv)
}
