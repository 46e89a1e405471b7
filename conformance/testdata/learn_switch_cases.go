package main

import "fmt"

func dayType(day string) string {
	switch day {
	case "sat", "sun":
		return "weekend"
	case "mon":
		return "ugh, monday"
	default:
		return "weekday"
	}
}

func sizeOf(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	case n < 100:
		return "medium"
	}
	return "large"
}

func fallDemo(n int) {
	fmt.Print(n, ": ")
	switch n {
	case 1:
		fmt.Print("one ")
		fallthrough
	case 2:
		fmt.Print("two-or-fell ")
	case 3:
		fmt.Print("three ")
	default:
		fmt.Print("other ")
	}
	fmt.Println()
}

func main() {
	for _, d := range []string{"mon", "tue", "sat", "sun", "fri"} {
		fmt.Printf("%s -> %s\n", d, dayType(d))
	}
	for _, n := range []int{-3, 0, 7, 42, 1000} {
		fmt.Println(n, sizeOf(n))
	}
	for i := 1; i <= 4; i++ {
		fallDemo(i)
	}
	x := 5
	switch y := x * 2; y {
	case 10:
		fmt.Println("y is ten")
		if x > 3 {
			break
		}
		fmt.Println("not printed")
	case 20:
		fmt.Println("y is twenty")
	}
	var things = []interface{}{1, "two", 3.0, true, nil, []int{4}}
	for _, t := range things {
		switch v := t.(type) {
		case int:
			fmt.Println("int", v+1)
		case string:
			fmt.Println("string", v+"!")
		case float64:
			fmt.Println("float", v/2)
		case bool:
			fmt.Println("bool", !v)
		case nil:
			fmt.Println("nil value")
		default:
			fmt.Printf("other %T %v\n", v, v)
		}
	}
}
