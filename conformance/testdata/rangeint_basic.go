package main

import "fmt"

type Weekday int

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 5 {
		n++
	}
	fmt.Println(n)
	var days Weekday = 3
	for d := range days {
		fmt.Printf("%T %d\n", d, d)
	}
	for i := range int8(2) {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
	for range 0 {
		fmt.Println("never")
	}
}
