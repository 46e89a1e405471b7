package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(b[3], c[3], len(a), cap(b))
	d := []int{1, 2, 3}
	e := append(d[:1], 9)
	fmt.Println(d, e)
	f := append([]int(nil), d...)
	f[0] = 100
	fmt.Println(d[0], f[0])
	n := copy(d, []int{7, 8, 9, 10})
	fmt.Println(n, d)
	s := d[0:2:2]
	s = append(s, 42)
	fmt.Println(d, s, cap(s) >= 3)
}
