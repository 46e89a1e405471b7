package main

import "fmt"

func modify(a [3]int)     { a[0] = 100 }
func modifyPtr(a *[3]int) { a[0] = 100 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	modify(a)
	fmt.Println(a, b)
	modifyPtr(&a)
	fmt.Println(a, a == [3]int{100, 2, 3})
	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	g2 := grid
	g2[0][0] = "z"
	fmt.Println(grid, g2, len(grid))
	idx := [...]string{2: "two", 5: "five"}
	fmt.Println(len(idx), idx)
}
