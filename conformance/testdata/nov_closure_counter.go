package main

import "fmt"

func makeCounter() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

func makeCounterBy(step int) (func() int, func()) {
	value := 0
	increment := func() int {
		value += step
		return value
	}
	reset := func() {
		value = 0
	}
	return increment, reset
}

func makeMultiplier(factor int) func(int) int {
	return func(x int) int {
		return x * factor
	}
}

func makeAccumulator() func(string) []string {
	var seen []string
	return func(s string) []string {
		seen = append(seen, s)
		return seen
	}
}

func main() {
	c1 := makeCounter()
	c2 := makeCounter()

	fmt.Println("c1:", c1(), c1(), c1())
	fmt.Println("c2:", c2())
	fmt.Println("c1 again:", c1())

	byFive, resetFive := makeCounterBy(5)
	for i := 0; i < 4; i++ {
		fmt.Println("by five:", byFive())
	}
	resetFive()
	fmt.Println("after reset:", byFive())

	double := makeMultiplier(2)
	triple := makeMultiplier(3)
	for _, n := range []int{1, 5, 10} {
		fmt.Printf("%d doubled=%d tripled=%d\n", n, double(n), triple(n))
	}

	acc := makeAccumulator()
	acc("eggs")
	acc("milk")
	list := acc("flour")
	fmt.Println("shopping list:", list)

	// closure that captures a variable from main
	total := 0
	addToTotal := func(x int) {
		total += x
	}
	addToTotal(10)
	addToTotal(32)
	fmt.Println("total from closure:", total)

	// a slice of funcs
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for j, f := range funcs {
		fmt.Println("func", j, "returns", f())
	}

	// immediately invoked
	result := func(a, b int) int { return a*10 + b }(4, 2)
	fmt.Println("iife:", result)
}
