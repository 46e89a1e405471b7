package main

import "fmt"

func main() {
	var x any = "hello"
	s, ok := x.(string)
	fmt.Println(s, ok)
	n, ok := x.(int)
	fmt.Println(n, ok)
	var st fmt.Stringer
	st, ok = x.(fmt.Stringer)
	fmt.Println(st == nil, ok)
	if v, ok := x.(string); ok {
		fmt.Println(len(v))
	}
}
