package main

import "fmt"

func main() {
	m := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, -9}}
	found := [2]int{-1, -1}
search:
	for i, row := range m {
		for j, v := range row {
			if v < 0 {
				found = [2]int{i, j}
				break search
			}
		}
	}
	fmt.Println("first negative at", found)
	sum := 0
rows:
	for _, row := range m {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
			sum += v
		}
	}
	fmt.Println("sum of prefixes:", sum)
	n := 0
outer:
	for {
		switch {
		case n >= 5:
			break outer
		default:
			n++
		}
	}
	fmt.Println("n =", n)
	i := 0
loop:
	if i < 3 {
		fmt.Print("goto ", i, "; ")
		i++
		goto loop
	}
	fmt.Println()
}
