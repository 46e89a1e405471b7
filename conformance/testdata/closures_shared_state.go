package main

import "fmt"

func pair() (inc func(), get func() int) {
	x := 0
	inc = func() { x += 2 }
	get = func() int { return x }
	return
}

func main() {
	inc, get := pair()
	inc()
	inc()
	fmt.Println(get())
	y := 1
	double := func() { y *= 2 }
	double()
	double()
	fmt.Println(y)
}
