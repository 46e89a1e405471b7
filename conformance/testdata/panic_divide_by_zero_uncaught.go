package main

import "fmt"

func average(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total / len(xs)
}

func main() {
	fmt.Println("avg:", average([]int{2, 4, 9}))
	var empty []int
	fmt.Println("avg:", average(empty))
	fmt.Println("unreachable")
}
