package main

import "fmt"

func main() {
	var walk func(n, depth int)
	count := 0
	walk = func(n, depth int) {
		count++
		if n <= 1 {
			return
		}
		walk(n/2, depth+1)
		walk(n-n/2, depth+1)
	}
	walk(10, 0)
	fmt.Println(count)
	hanoi := 0
	var move func(n int, from, to, via string)
	move = func(n int, from, to, via string) {
		if n == 0 {
			return
		}
		move(n-1, from, via, to)
		hanoi++
		move(n-1, via, to, from)
	}
	move(5, "A", "C", "B")
	fmt.Println(hanoi)
}
