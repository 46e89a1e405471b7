package main

import "fmt"

var iterations int

func main() {
	fmt.Println("classic three-part for:")
	squares := []int{}
	for i := 0; i < 8; i++ {
		squares = append(squares, i*i)
		iterations++
	}
	fmt.Println(squares)

	fmt.Println("while-style for (collatz of 27, first steps):")
	n := 27
	steps := 0
	path := []int{}
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
		iterations++
		if steps <= 10 {
			path = append(path, n)
		}
	}
	fmt.Println("steps:", steps, "first ten:", path)

	fmt.Println("infinite for with break:")
	x := 1
	for {
		x *= 3
		iterations++
		if x > 1000 {
			break
		}
	}
	fmt.Println("first power of 3 over 1000:", x)

	fmt.Println("range over int:")
	total := 0
	for i := range 10 {
		total += i
		iterations++
	}
	fmt.Println("sum 0..9 =", total)

	fmt.Println("range with continue:")
	odds := []int{}
	for i := range 15 {
		if i%2 == 0 {
			continue
		}
		odds = append(odds, i)
	}
	fmt.Println(odds, "len", len(odds), "cap >= len:", cap(odds) >= len(odds))

	fmt.Println("range over string:")
	for i, r := range "héllo" {
		fmt.Printf("  byte %d rune %c (%d)\n", i, r, r)
	}

	fmt.Println("labeled break in nested loops:")
	found := [2]int{-1, -1}
outer:
	for i := 1; i < 10; i++ {
		for j := 1; j < 10; j++ {
			if i*j == 42 {
				found = [2]int{i, j}
				break outer
			}
		}
	}
	fmt.Println("first pair with product 42:", found)

	fmt.Println("counting down:")
	line := ""
	for i := 5; i > 0; i-- {
		line += fmt.Sprint(i) + "..."
	}
	fmt.Println(line + "liftoff")
	fmt.Println("total counted iterations:", iterations)
}
