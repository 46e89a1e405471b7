package main

import "fmt"

func main() {
	var adders []func(int) int
	for _, n := range []int{1, 10, 100} {
		adders = append(adders, func(x int) int { return x + n })
	}
	for _, add := range adders {
		fmt.Println(add(5))
	}
}
