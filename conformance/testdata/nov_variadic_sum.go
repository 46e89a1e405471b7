package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func maxOf(first int, rest ...int) int {
	biggest := first
	for _, n := range rest {
		if n > biggest {
			biggest = n
		}
	}
	return biggest
}

func joinWords(sep string, words ...string) string {
	if len(words) == 0 {
		return "(no words)"
	}
	return strings.Join(words, sep)
}

func printAll(label string, things ...interface{}) {
	fmt.Print(label, ": ")
	for i, t := range things {
		if i > 0 {
			fmt.Print(" | ")
		}
		fmt.Printf("%v (%T)", t, t)
	}
	fmt.Println()
}

func average(nums ...float64) float64 {
	if len(nums) == 0 {
		return 0
	}
	var s float64
	for _, n := range nums {
		s += n
	}
	return s / float64(len(nums))
}

func main() {
	fmt.Println("sum() =", sum())
	fmt.Println("sum(1) =", sum(1))
	fmt.Println("sum(1,2,3) =", sum(1, 2, 3))

	myNumbers := []int{10, 20, 30, 40}
	fmt.Println("sum(myNumbers...) =", sum(myNumbers...))
	fmt.Println("len of myNumbers still", len(myNumbers))

	fmt.Println("max:", maxOf(4), maxOf(4, 9, 2), maxOf(-1, -5, -3))
	fmt.Println("max of slice:", maxOf(myNumbers[0], myNumbers[1:]...))

	fmt.Println(joinWords("-"))
	fmt.Println(joinWords(" ", "go", "is", "neat"))
	fmt.Println(joinWords(", ", []string{"x", "y", "z"}...))

	printAll("mixed", 1, "two", 3.0, true, []int{4}, nil)
	printAll("nothing")

	fmt.Printf("average: %.2f\n", average(1, 2, 3, 4))
	fmt.Printf("average of none: %.2f\n", average())

	// appending is also variadic!
	a := []int{1, 2}
	b := []int{3, 4, 5}
	a = append(a, b...)
	a = append(a, 6, 7)
	fmt.Println("appended:", a, "sum", sum(a...))
}
