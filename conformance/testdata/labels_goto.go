package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 4 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	n := 27
	steps := 0
again:
	if n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
		goto again
	}
	fmt.Println("steps", steps)
}
