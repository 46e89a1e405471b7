package main

import "fmt"

func bumpArray(a [3]int) [3]int { a[0] += 100; return a }

func bumpSlice(s []int) { s[0] += 100 }

func grow(s []int) []int { return append(s, 99) }

func main() {
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[1] = 20
	fmt.Println(arr, arr2, arr == [3]int{1, 2, 3})
	fmt.Println(bumpArray(arr), arr)
	sl := arr[:]
	bumpSlice(sl)
	fmt.Println(arr, sl)
	s1 := []int{1, 2, 3, 4}
	s2 := s1[1:3]
	s2[0] = 200
	fmt.Println(s1, s2, len(s2), cap(s2))
	s3 := grow(s2)
	fmt.Println(s1, s3)
	s4 := grow(s1)
	s4[0] = -1
	fmt.Println(s1[0], s4[0])
	dst := make([]int, 2)
	n := copy(dst, s1)
	fmt.Println(n, dst)
	c := make([]int, len(s1))
	copy(c, s1)
	c[3] = 0
	fmt.Println(s1[3], c[3])
	grid := [2][2]int{{1, 2}, {3, 4}}
	g2 := grid
	g2[0][0] = 9
	fmt.Println(grid, g2)
	ptr := &arr
	ptr[2] = 33
	for i, v := range ptr {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(len(ptr))
}
