// Chapter: scope and shadowing.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var level = "package"

func lookup(key string) (int, error) {
	if key == "" {
		return 0, errors.New("empty key")
	}
	return len(key), nil
}

func buggy() (err error) {
	if _, err := lookup(""); err != nil {
		// this err shadows the named result; assign explicitly to propagate
		fmt.Println("  inner err:", err)
	}
	return // returns the outer err, still nil
}

func fixed() (err error) {
	if _, err2 := lookup(""); err2 != nil {
		err = err2
	}
	return
}

func main() {
	fmt.Println("level:", level)
	level := "main" // shadows the package variable
	fmt.Println("level:", level)
	{
		level := "block"
		fmt.Println("level:", level)
	}
	fmt.Println("level:", level)

	// Variables declared in if/else-if are visible in all later branches.
	for _, s := range []string{"42", "-7", "abc"} {
		if n, err := strconv.Atoi(s); err != nil {
			fmt.Println(s, "-> error:", err)
		} else if m := n * 2; m < 0 {
			fmt.Println(s, "-> negative double", m, "from", n)
		} else {
			fmt.Println(s, "-> double", m, "err still visible:", err)
		}
	}

	x := 1
	if x := x + 10; x > 5 { // inner x initialised from outer x
		fmt.Println("inner x:", x)
	}
	fmt.Println("outer x:", x)

	// := redeclares only when at least one new variable is on the left.
	a, err := lookup("abc")
	b, err := lookup("de") // err is reused, b is new
	fmt.Println(a, b, err)

	fmt.Println("buggy:", buggy())
	fmt.Println("fixed:", fixed())

	// Shadowing in a loop body.
	total := 0
	for i := range 3 {
		total := total + i // new variable each iteration
		fmt.Print(total, " ")
	}
	fmt.Println("| total:", total)

	// Shadowing a builtin or a type name is legal (but confusing).
	{
		len := func(s string) int { return 99 }
		fmt.Println("shadowed len:", len("abc"))
	}
	fmt.Println("builtin len:", len("abc"))
	{
		type int = string
		var v int = "now a string"
		fmt.Printf("%T %q\n", v, v)
	}
	true := false
	fmt.Println("true is", true)

	// Switch cases have their own scope.
	switch y := 5; {
	case y > 3:
		y := "case-local"
		fmt.Println(y)
	default:
		fmt.Println(y)
	}
}
