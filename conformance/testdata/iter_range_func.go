package main

import "fmt"

func Countdown(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for v := range Countdown(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range Countdown(10) {
		if v < 8 {
			break
		}
		fmt.Println("got", v)
	}
}
