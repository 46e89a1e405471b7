package main

import "fmt"

func main() {
	const n = 4
	var grid [n][n]int
	for i := range n {
		for j := range n {
			grid[i][j] = i * j
		}
	}
	for _, row := range grid {
		fmt.Println(row)
	}
	total := 0
	for i := range len(grid) {
		total += grid[i][i]
	}
	fmt.Println(total)
}
