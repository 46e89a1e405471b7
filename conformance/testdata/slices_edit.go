package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []string{"a", "b", "c", "d"}
	s = slices.Insert(s, 1, "x", "y")
	fmt.Println(s)
	s = slices.Delete(s, 0, 2)
	fmt.Println(s)
	d := []int{1, 1, 2, 2, 2, 3, 1}
	fmt.Println(slices.Compact(slices.Clone(d)))
	d = slices.DeleteFunc(d, func(v int) bool { return v == 2 })
	fmt.Println(d)
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Repeat([]int{0, 1}, 3))
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
}
