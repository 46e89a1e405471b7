package main

import "fmt"

var size = 9

func header() {
	fmt.Print("   |")
	for i := 1; i <= size; i++ {
		fmt.Printf("%3d", i)
	}
	fmt.Println()
	fmt.Print("---+")
	for i := 1; i <= size; i++ {
		fmt.Print("---")
	}
	fmt.Println()
}

func row(n int) int {
	fmt.Printf("%2d |", n)
	sum := 0
	for j := 1; j <= size; j++ {
		fmt.Printf("%3d", n*j)
		sum += n * j
	}
	fmt.Println()
	return sum
}

func main() {
	header()
	grand := 0
	for i := 1; i <= size; i++ {
		grand += row(i)
	}
	fmt.Println("grand total:", grand)

	size = 5
	fmt.Println("smaller table, size =", size)
	header()
	for i := 1; i <= size; i++ {
		row(i)
	}

	var table [4][4]int
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			table[i][j] = (i + 1) * (j + 1)
		}
	}
	fmt.Println(table)
	for i := 1; i <= 4; i++ {
		for j := 1; j <= i; j++ {
			fmt.Printf("%dx%d=%-3d", j, i, i*j)
		}
		fmt.Println()
	}
}
