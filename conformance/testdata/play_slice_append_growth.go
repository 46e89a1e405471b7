package main

import "fmt"

func show(label string, s []int) {
	fmt.Printf("%-8s len=%d cap=%d %v\n", label, len(s), cap(s), s)
}

func main() {
	// Two slices sharing one backing array.
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:5]
	b := base[3:6]
	show("base", base)
	show("a", a)
	show("b", b)

	a[1] = 99 // same element as b[0] and base[3]
	fmt.Println("after a[1]=99:")
	show("base", base)
	show("b", b)

	// Appending within capacity overwrites the shared array.
	a = append(a, 100)
	fmt.Println("after append(a, 100):")
	show("a", a)
	show("base", base)

	// Full slice expression limits capacity, forcing a copy on append.
	c := base[1:3:3]
	show("c", c)
	c = append(c, -1)
	c[0] = -42
	fmt.Println("after append to limited c:")
	show("c", c)
	show("base", base)

	// Watch capacity grow from nil.
	var g []int
	prevCap := -1
	for i := 0; i < 20; i++ {
		g = append(g, i)
		if cap(g) != prevCap {
			fmt.Printf("len=%2d cap changed to %d\n", len(g), cap(g))
			prevCap = cap(g)
		}
	}

	// nil vs empty slice
	var nilS []string
	empty := []string{}
	fmt.Println("nil slice == nil:", nilS == nil, "len", len(nilS))
	fmt.Println("empty slice == nil:", empty == nil, "len", len(empty))
	fmt.Printf("printed: %v %v\n", nilS, empty)
	fmt.Printf("%%#v: %#v %#v\n", nilS, empty)
}
