package main

import (
	"fmt"
	"strconv"
	"strings"
)

// version 1: the classic
func fizzbuzz1(n int) {
	for i := 1; i <= n; i++ {
		if i%15 == 0 {
			fmt.Println("FizzBuzz")
		} else if i%3 == 0 {
			fmt.Println("Fizz")
		} else if i%5 == 0 {
			fmt.Println("Buzz")
		} else {
			fmt.Println(i)
		}
	}
}

// version 2: build a string, teacher said this is "more extensible"
func fizzbuzz2(i int) string {
	out := ""
	if i%3 == 0 {
		out += "Fizz"
	}
	if i%5 == 0 {
		out += "Buzz"
	}
	if i%7 == 0 {
		out += "Bazz"
	}
	if out == "" {
		out = strconv.Itoa(i)
	}
	return out
}

// version 3: with a switch (no condition!)
func fizzbuzz3(i int) string {
	switch {
	case i%15 == 0:
		return "FB"
	case i%3 == 0:
		return "F"
	case i%5 == 0:
		return "B"
	default:
		return fmt.Sprint(i)
	}
}

func main() {
	fmt.Println("--- version 1 ---")
	fizzbuzz1(15)

	fmt.Println("--- version 2 ---")
	results := []string{}
	for i := 1; i <= 21; i++ {
		results = append(results, fizzbuzz2(i))
	}
	fmt.Println(strings.Join(results, ", "))

	fmt.Println("--- version 3 ---")
	line := ""
	for i := 1; i <= 30; i++ {
		line = line + fizzbuzz3(i) + " "
	}
	fmt.Println(strings.TrimSpace(line))

	// count how many fizzes up to 100
	fizzCount, buzzCount, fizzbuzzCount := 0, 0, 0
	for i := 1; i <= 100; i++ {
		s := fizzbuzz3(i)
		if s == "F" {
			fizzCount++
		} else if s == "B" {
			buzzCount++
		} else if s == "FB" {
			fizzbuzzCount++
		}
	}
	fmt.Println("fizz:", fizzCount, "buzz:", buzzCount, "fizzbuzz:", fizzbuzzCount)
}
