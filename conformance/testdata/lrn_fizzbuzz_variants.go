package main

import (
	"fmt"
	"strconv"
)

var fizzCount = 0
var buzzCount = 0
var fizzBuzzCount = 0

func main() {
	fmt.Println("=== classic fizzbuzz 1..15 ===")
	line := ""
	for i := 1; i <= 15; i++ {
		word := fizzbuzz(i)
		line = line + word + " "
	}
	fmt.Println(line)
	fmt.Println("fizz:", fizzCount, "buzz:", buzzCount, "fizzbuzz:", fizzBuzzCount)

	fmt.Println("=== variant with 3 and 7 ===")
	results := []string{}
	for i := range 22 {
		n := i + 1
		s := ""
		if n%3 == 0 {
			s += "Fizz"
		}
		if n%7 == 0 {
			s += "Bazz"
		}
		if s == "" {
			s = strconv.Itoa(n)
		}
		results = append(results, s)
	}
	fmt.Println(results)
	fmt.Println("len:", len(results), "last:", results[len(results)-1])

	fmt.Println("=== switch version ===")
	counts := map[string]int{}
	for n := 1; n <= 30; n++ {
		switch {
		case n%15 == 0:
			counts["FizzBuzz"]++
		case n%3 == 0:
			counts["Fizz"]++
		case n%5 == 0:
			counts["Buzz"]++
		default:
			counts["number"]++
		}
	}
	fmt.Println(counts)

	fmt.Println("=== reverse countdown ===")
	n := 20
	for n > 10 {
		fmt.Printf("%2d -> %s\n", n, fizzbuzz(n))
		n--
	}
	fmt.Println("final counters:", fizzCount, buzzCount, fizzBuzzCount)
	total := fizzCount + buzzCount + fizzBuzzCount
	fmt.Printf("total special words: %d (%.1f%%)\n", total, float64(total)/25.0*100)
}

func fizzbuzz(n int) string {
	if n%15 == 0 {
		fizzBuzzCount++
		return "FizzBuzz"
	} else if n%3 == 0 {
		fizzCount++
		return "Fizz"
	} else if n%5 == 0 {
		buzzCount++
		return "Buzz"
	}
	return strconv.Itoa(n)
}
