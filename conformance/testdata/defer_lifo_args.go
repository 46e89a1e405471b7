package main

import "fmt"

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	for i := range 3 {
		defer fmt.Println("loop defer", i)
	}
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 3
	fmt.Println("end of main")
}
