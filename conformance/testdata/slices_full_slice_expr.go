package main

import "fmt"

func main() {
	base := make([]int, 5, 10)
	for i := range base {
		base[i] = i
	}
	a := base[1:3]
	a = append(a, 100) // overwrites base[3]
	fmt.Println(base, a, len(a), cap(a))
	b := base[1:3:3]
	b = append(b, 200) // new array
	b[0] = -1
	fmt.Println(base, b, len(b), cap(b))
	c := make([]int, 2)
	n := copy(c, base)
	fmt.Println(n, c, copy(base, base[:0]) == 0)
	d := append([]int(nil), base[:2]...)
	d[0] = 77
	fmt.Println(base[:2], d)
	var s []int
	for i := range 6 {
		s = append(s, i)
		fmt.Print(len(s), ":", cap(s) >= len(s), " ")
	}
	fmt.Println()
	e := base[2:]
	e = e[:cap(e)]
	fmt.Println(len(e), e[len(e)-1])
}
