package main

import "fmt"

func main() {
	size := 10

	// header
	fmt.Printf("%4s|", "x")
	for col := 1; col <= size; col++ {
		fmt.Printf("%4d", col)
	}
	fmt.Println()

	// the line under the header
	fmt.Print("----+")
	for col := 1; col <= size; col++ {
		fmt.Print("----")
	}
	fmt.Println()

	for row := 1; row <= size; row++ {
		fmt.Printf("%4d|", row)
		for col := 1; col <= size; col++ {
			fmt.Printf("%4d", row*col)
		}
		fmt.Println()
	}

	fmt.Println()
	fmt.Println("Table of 7 (left aligned and zero padded):")
	for i := 1; i <= 12; i++ {
		fmt.Printf("%-3d x 7 = %03d\n", i, i*7)
	}

	fmt.Println()
	fmt.Println("Squares triangle:")
	for i := 1; i <= 6; i++ {
		for j := 1; j <= i; j++ {
			fmt.Printf("%3d ", i*j)
		}
		fmt.Printf("\n")
	}
}
