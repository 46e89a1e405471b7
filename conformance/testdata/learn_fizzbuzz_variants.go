package main

import (
	"fmt"
	"strconv"
)

func classic(n int) string {
	if n%15 == 0 {
		return "FizzBuzz"
	} else if n%3 == 0 {
		return "Fizz"
	} else if n%5 == 0 {
		return "Buzz"
	}
	return strconv.Itoa(n)
}

func concat(n int) string {
	s := ""
	if n%3 == 0 {
		s += "Fizz"
	}
	if n%5 == 0 {
		s += "Buzz"
	}
	if n%7 == 0 {
		s += "Bazz"
	}
	if s == "" {
		s = fmt.Sprint(n)
	}
	return s
}

func withSwitch(n int) string {
	switch 0 {
	case n % 15:
		return "FB"
	case n % 3:
		return "F"
	case n % 5:
		return "B"
	}
	return "."
}

func main() {
	for i := 1; i <= 15; i++ {
		fmt.Print(classic(i), " ")
	}
	fmt.Println()
	counts := map[string]int{}
	for i := 1; i <= 105; i++ {
		counts[concat(i)]++
	}
	fmt.Println("FizzBuzzBazz at 105:", concat(105))
	fmt.Println("Fizz count:", counts["Fizz"], "Bazz count:", counts["Bazz"])
	line := ""
	for i := 1; i <= 30; i++ {
		line += withSwitch(i)
	}
	fmt.Println(line)
	fizzes := []int{}
	for i := 1; len(fizzes) < 5; i++ {
		if classic(i) == "Fizz" {
			fizzes = append(fizzes, i)
		}
	}
	fmt.Println("first five Fizz:", fizzes)
	i := 0
	for i < 5 {
		i++
		fmt.Printf("%2d:%-8s|", i*5, classic(i*5))
	}
	fmt.Println()
}
