package main

import (
	"errors"
	"fmt"
	"strconv"
)

var level = "package"

func whichLevel() string { return level }

func shadowParam(level string) string {
	return "param " + level
}

func parseBoth(a, b string) (int, error) {
	x, err := strconv.Atoi(a)
	if err != nil {
		return 0, err
	}
	if b != "" {
		y, err := strconv.Atoi(b)
		if err != nil {
			return 0, fmt.Errorf("second: %w", err)
		}
		x += y
	}
	return x, err
}

func buggyLookup(ok bool) (result string, err error) {
	if ok {
		result, err := "found", error(nil)
		_ = result
		_ = err
	} else {
		err = errors.New("not found")
	}
	return
}

func main() {
	// Step 1: a package-level variable
	fmt.Println("step 1:", level)

	// Step 2: a local variable shadows it
	level := "main"
	fmt.Println("step 2:", level, "but function sees", whichLevel())

	// Step 3: an inner block shadows again
	{
		level := "block"
		fmt.Println("step 3: inner", level)
	}
	fmt.Println("step 4: after block", level)

	// Step 5: parameters shadow package names
	fmt.Println("step 5:", shadowParam("arg"))

	// Step 6: if with init declares variables scoped to the if/else
	x := 10
	if x := 5; x > 3 {
		fmt.Println("step 6: if-scoped x", x)
	} else {
		fmt.Println("step 6: else-scoped x", x)
	}
	fmt.Println("step 7: outer x", x)

	// Step 8: assignment vs declaration inside a block
	count := 0
	for i := range 3 {
		count += i
	}
	total := 0
	for i := range 3 {
		total := total + i
		_ = total
	}
	fmt.Println("step 8: count", count, "total", total)

	// Step 9: err shadowing done right
	n, err := parseBoth("4", "5")
	fmt.Println("step 9:", n, err)
	n, err = parseBoth("4", "x")
	fmt.Println("step 10:", n, err)

	// Step 11: the classic bug: := in an inner block hides named results
	r, err := buggyLookup(true)
	fmt.Printf("step 11: %q %v\n", r, err)
	r, err = buggyLookup(false)
	fmt.Printf("step 12: %q %v\n", r, err)

	// Step 13: a closure captures the shadowing variable, not the outer one
	v := "outer"
	var get func() string
	{
		v := "inner"
		get = func() string { return v }
	}
	v = "outer changed"
	fmt.Println("step 13:", get(), v)

	// Step 14: each switch case is its own scope
	switch y := 2; y {
	case 1:
		msg := "one"
		fmt.Println("step 14:", msg)
	case 2:
		msg := "two"
		fmt.Println("step 14:", msg)
	}

	// Step 15: shadowing a builtin name is legal (but confusing)
	{
		len := func(s string) int { return 42 }
		fmt.Println("step 15: shadowed len", len("abc"))
	}
	fmt.Println("step 16: real len", len("abc"))

	// Step 17: type switch binds a new variable per case
	var val any = 3.5
	switch val := val.(type) {
	case float64:
		fmt.Println("step 17: float64 doubled", val*2)
	case int:
		fmt.Println("step 17: int", val)
	}

	// Step 18: a for loop variable hides an outer one of the same name
	i := 100
	for i := 0; i < 2; i++ {
		fmt.Println("step 18: loop i", i)
	}
	fmt.Println("step 19: outer i", i)
}
