package main

import (
	"errors"
	"fmt"
	"strconv"
)

var level = "package"

func find(ok bool) (string, error) {
	if ok {
		return "found", nil
	}
	return "", errors.New("not found")
}

func main() {
	fmt.Println("1:", level)
	level := "main"
	fmt.Println("2:", level)
	{
		level := "block"
		fmt.Println("3:", level)
		level = "block-modified"
		fmt.Println("4:", level)
	}
	fmt.Println("5:", level)

	// if/else chain scoping
	if x := 1; x > 5 {
		fmt.Println("never")
	} else if y := x * 10; y > 5 {
		fmt.Println("6: x and y visible in else-if:", x, y)
	} else {
		fmt.Println("never", x, y)
	}

	// Classic err shadowing bug
	var err error
	var result string
	if true {
		result, err := find(false) // new result and err!
		_ = result
		fmt.Println("7: inner err:", err)
	}
	fmt.Println("8: outer err still:", err, "result:", strconv.Quote(result))

	// Correct version uses = not :=
	if true {
		result, err = find(true)
	}
	fmt.Println("9: outer now:", result, err)

	// := with at least one new variable reuses existing ones
	a, b := 1, 2
	fmt.Println("10:", a, b)
	b, c := 20, 30 // b reassigned, c new
	fmt.Println("11:", a, b, c)

	// Shadowing a builtin and a package name
	{
		len := func(s string) int { return 42 }
		fmt.Println("12: shadowed len:", len("abc"))
	}
	fmt.Println("13: real len:", len("abc"))
	{
		strconv := "not a package"
		fmt.Println("14:", strconv)
	}

	// Switch case clauses have their own scope
	switch v := 3; v {
	case 3:
		v := "three"
		fmt.Println("15:", v)
	}

	// Loop variable shadowed inside body
	for i := 0; i < 3; i++ {
		i := i * 100
		fmt.Print("16: ", i, "\n")
	}

	// true/false/nil can be shadowed too (don't!)
	{
		true := false
		fmt.Println("17: true is", true)
	}

	// Function parameter shadowed by result of closure
	f := func(n int) int {
		n, m := n+1, n+2
		return n * m
	}
	fmt.Println("18:", f(3))
}
