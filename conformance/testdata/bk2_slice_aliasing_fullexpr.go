package main

import (
	"fmt"
	"slices"
)

func show(name string, s []int) {
	fmt.Printf("%-6s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

// nonempty filters in place, reusing the input's backing array.
func nonempty(strs []string) []string {
	out := strs[:0]
	for _, s := range strs {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	show("a", a)
	show("b", b)

	b = append(b, 99) // fits in capacity: overwrites a[3]
	show("b+99", b)
	show("a", a)

	c := a[1:3:3] // capacity limited to 2
	show("c", c)
	c = append(c, 77) // must reallocate, a is untouched
	c[0] = -1
	fmt.Println("c:", c, "a:", a)

	d := a[2:]
	d[0] = 300
	fmt.Println("d:", d, "a:", a)

	e := a[:0]
	show("e", e)
	e = append(e, 8, 8)
	fmt.Println("a after append to a[:0]:", a)

	f := a[3:4:5]
	show("f", f)
	fmt.Println("f extended:", f[:cap(f)])

	words := []string{"one", "", "two", "", "", "three"}
	kept := nonempty(words)
	fmt.Printf("%q\n%q\n", kept, words)

	nums := []int{10, 20, 30, 40, 50}
	i := 1
	removed := append(nums[:i], nums[i+1:]...)
	fmt.Println("removed:", removed, "orig:", nums)

	nums = []int{10, 20, 30, 40, 50}
	safe := slices.Delete(slices.Clone(nums), 1, 3)
	fmt.Println("slices.Delete on clone:", safe, "orig:", nums)
	inPlace := slices.Delete(nums, 0, 2)
	fmt.Println("slices.Delete in place:", inPlace, "orig zeroed tail:", nums)

	r := []int{1, 2, 3, 4, 5, 6}
	reverse(r[:3])
	reverse(r[3:])
	reverse(r)
	fmt.Println("rotated left by 3:", r)

	ins := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	fmt.Println("insert:", ins, slices.Index(ins, 4), slices.Contains(ins, 9))

	var grow []int
	fmt.Println("nil slice:", grow == nil, len(grow))
	for k := range 5 {
		grow = append(grow, k*k)
	}
	fmt.Println("grown:", grow, len(grow))

	matrix := make([][]int, 3)
	backing := make([]int, 9)
	for row := range matrix {
		matrix[row] = backing[row*3 : row*3+3 : row*3+3]
	}
	matrix[1][1] = 5
	matrix[0] = append(matrix[0], 42)
	matrix[2][0] = 7
	fmt.Println("matrix:", matrix, "backing:", backing)

	str := "hello, world"
	sub := str[7:]
	bs := []byte(str)
	bs[0] = 'H'
	fmt.Println(sub, string(bs[:5]), str[:5])
}
