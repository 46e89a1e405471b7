package main

import "fmt"

var (
	a = b + 1
	b = f()
)

func f() int {
	fmt.Println("f runs")
	return 10
}

func init() {
	fmt.Println("init 1: a =", a)
	a *= 2
}

func init() {
	fmt.Println("init 2: a =", a)
}

func main() {
	fmt.Println("main:", a, b)
}
