package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(s)
	fmt.Println(s)
	i, found := slices.BinarySearch(s, 8)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(s, 4)
	fmt.Println(i, found)
	fmt.Println(slices.Index(s, 9), slices.Contains(s, 7))
	fmt.Println(slices.Max(s), slices.Min(s))
	slices.Reverse(s)
	fmt.Println(s, slices.IsSorted(s))
}
