package main

import "fmt"

func changeArray(a [3]int) {
	a[0] = 100
	fmt.Println("  inside changeArray:", a)
}

func changeArrayPtr(a *[3]int) {
	a[0] = 100
}

func changeSlice(s []int) {
	s[0] = 100
	fmt.Println("  inside changeSlice:", s)
}

func main() {
	arr := [3]int{1, 2, 3}
	changeArray(arr)
	fmt.Println("arr after changeArray:", arr)
	changeArrayPtr(&arr)
	fmt.Println("arr after changeArrayPtr:", arr)

	arr2 := arr
	arr2[1] = 222
	fmt.Println("arr:", arr, "arr2:", arr2, "equal?", arr == arr2)

	sl := []int{1, 2, 3}
	changeSlice(sl)
	fmt.Println("sl after changeSlice:", sl)
	sl2 := sl
	sl2[1] = 222
	fmt.Println("sl:", sl, "sl2:", sl2)

	fromArr := arr[:]
	fromArr[2] = 333
	fmt.Println("arr via slice:", arr)

	var zeros [5]bool
	fmt.Println("zero array:", zeros, len(zeros))
	auto := [...]string{"x", "y", "z", "w"}
	fmt.Printf("%T %v\n", auto, auto)
	fmt.Printf("%T %v\n", sl, sl)

	sparse := [6]int{1: 10, 4: 40}
	fmt.Println("sparse:", sparse)

	matrix := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	copyM := matrix
	copyM[0][0] = 9
	fmt.Println(matrix, copyM)

	jag := [][]int{{1}, {2, 3}, {4, 5, 6}}
	for i, r := range jag {
		fmt.Println("row", i, "len", len(r), r)
	}
	for i, v := range arr {
		arr[2] = 0
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	fmt.Println("arr now:", arr)
	m := map[[2]int]string{{0, 0}: "origin", {1, 2}: "point"}
	fmt.Println(m[[2]int{1, 2}], m)
}
