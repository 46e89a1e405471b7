// Chapter: slices share backing arrays.
package main

import (
	"fmt"
	"slices"
)

func show(name string, s []int) {
	fmt.Printf("%-6s len=%d %v\n", name, len(s), s)
}

func appendOne(s []int) []int {
	return append(s, 1)
}

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:5]
	show("a", a)
	a[0] = 20 // visible through base
	show("base", base)

	// Appending within capacity overwrites the shared array.
	a = append(a, 50)
	show("a", a)
	show("base", base)

	// The three-index slice caps capacity, forcing a copy on append.
	b := base[2:4:4]
	fmt.Println("cap(b) == len(b):", cap(b) == len(b))
	b = append(b, 99)
	b[0] = -1
	show("b", b)
	show("base", base)

	// Growth: length tracks the elements appended.
	var grow []int
	fmt.Println("nil slice:", grow == nil, len(grow))
	for i := range 10 {
		grow = append(grow, i*i)
	}
	show("grow", grow)

	// copy copies min(len(dst), len(src)) elements.
	dst := make([]int, 3)
	n := copy(dst, grow)
	fmt.Println("copied", n, dst)
	n = copy(grow[1:], grow) // overlapping copy is fine
	fmt.Println("copied", n, grow)

	// An empty slice is not nil but has zero length.
	empty := []int{}
	fmt.Println(empty == nil, len(empty), fmt.Sprint(empty) == fmt.Sprint(grow[:0]))

	// Passing a slice passes the header; appends may not be visible to the caller.
	orig := make([]int, 2, 10)
	res := appendOne(orig)
	fmt.Println(len(orig), len(res), orig[:3])

	// Slices of slices.
	matrix := make([][]string, 3)
	for i := range matrix {
		matrix[i] = make([]string, i+1)
		for j := range matrix[i] {
			matrix[i][j] = fmt.Sprintf("%d%d", i, j)
		}
	}
	fmt.Println(matrix)

	// Removing and inserting elements.
	s := []string{"a", "b", "c", "d", "e"}
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s))
	s = slices.Insert(s, 1, "B")
	fmt.Println(s)
	s = slices.Delete(s, 3, 5)
	fmt.Println(s)

	// The slices package.
	nums := []int{5, 2, 8, 1, 9, 3}
	sorted := slices.Clone(nums)
	slices.Sort(sorted)
	idx, found := slices.BinarySearch(sorted, 8)
	fmt.Println(nums, sorted, idx, found)
	fmt.Println(slices.Contains(nums, 9), slices.Index(nums, 1), slices.Max(nums))
	slices.Reverse(sorted)
	fmt.Println(slices.Equal(nums, sorted), sorted, len(slices.Compact([]int{1, 1, 2, 2, 2, 3})))
}
