package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max("apple", "banana", "cherry"))
	x, y := 10, 20
	fmt.Println(min(x, y, 15), max(x, y, 15))
	var f float64 = max(1, 2.5)
	fmt.Printf("%T %v\n", f, f)
	const c = min(1, 2, -3)
	fmt.Println(c)
}
