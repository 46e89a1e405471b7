package main

import (
	"fmt"
	"slices"
	"strings"
)

var appendCalls = 0

func main() {
	nums := []int{}
	fmt.Println("empty:", nums, "len:", len(nums), "nil:", nums == nil)
	var nilSlice []int
	fmt.Println("nil slice:", nilSlice, "nil:", nilSlice == nil)

	for _, v := range []int{42, 7, 19, 3, 88, 7, 56} {
		nums = addOne(nums, v)
	}
	fmt.Println("nums:", nums, "appends:", appendCalls)

	sorted := slices.Clone(nums)
	slices.Sort(sorted)
	fmt.Println("sorted copy:", sorted)
	fmt.Println("original still:", nums)
	fmt.Println("min:", slices.Min(nums), "max:", slices.Max(nums))
	fmt.Println("min builtin:", min(3, 1, 2), "max builtin:", max(2.5, 1.0))
	fmt.Println("contains 19:", slices.Contains(nums, 19), "contains 20:", slices.Contains(nums, 20))
	fmt.Println("index of 7:", slices.Index(nums, 7), "index of 100:", slices.Index(nums, 100))

	pos, found := slices.BinarySearch(sorted, 56)
	fmt.Println("binary search 56:", pos, found)

	compacted := slices.Compact(slices.Clone(sorted))
	fmt.Println("compacted:", compacted)

	reversed := slices.Clone(sorted)
	slices.Reverse(reversed)
	fmt.Println("reversed:", reversed)

	part := sorted[1:4]
	fmt.Println("sub-slice:", part, "len:", len(part), "cap:", cap(part))
	part[0] = -1
	fmt.Println("sorted after changing sub-slice:", sorted)

	names := []string{"zoe", "adam", "Mia", "bob", "eve"}
	slices.Sort(names)
	fmt.Println("names sorted (uppercase first):", names)
	slices.SortFunc(names, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println("names sorted ignoring case:", names)
	fmt.Println("equal?", slices.Equal([]int{1, 2}, []int{1, 2}))

	grid := [][]string{}
	for r := range 3 {
		row := []string{}
		for c := range 3 {
			row = append(row, fmt.Sprintf("%d%d", r, c))
		}
		grid = append(grid, row)
	}
	fmt.Println("grid:", grid)

	inserted := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	fmt.Println("inserted:", inserted)
	deleted := slices.Delete(inserted, 0, 2)
	fmt.Println("deleted first two:", deleted)
}

func addOne(s []int, v int) []int {
	appendCalls++
	return append(s, v)
}
